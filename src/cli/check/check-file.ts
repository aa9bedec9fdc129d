import { validateWorkbook } from "../../core/engine";
import type { FileReport, Language } from "../../core/report/types";
import type { Settings } from "../../core/settings";
import type { Limits } from "../../xlsx/limits";
import type { Outcome } from "../isolate/outcome";
import { readWorkbook } from "../read-file";

/** One file to check, with everything the check needs: a worker gets this and nothing else. */
export interface CheckJob {
  kind: "check";
  path: string;
  settings: Settings;
  lang: Language;
  limits: Limits;
  /** Issues listed; the others are counted (see ValidateOptions.maxIssues). */
  maxIssues?: number;
}

/** One file read and checked; the file is only read. */
export async function checkFile(job: CheckJob): Promise<Outcome<FileReport>> {
  const read = await readWorkbook(job.path, job.path, job.limits);
  if (!read.ok) return read;
  return { ok: true, value: validateWorkbook(read.workbook, { settings: job.settings, lang: job.lang, maxIssues: job.maxIssues }) };
}
