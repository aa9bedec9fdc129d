import { examineWorkbook } from "../../core/consolidate";
import type { ExaminedWorkbook } from "../../core/consolidate/types";
import type { Language } from "../../core/report/types";
import type { Settings } from "../../core/settings";
import type { Limits } from "../../xlsx/limits";
import type { Outcome } from "../isolate/outcome";
import { readWorkbook } from "../read-file";

/** One roster workbook to consolidate. */
export interface RosterJob {
  kind: "roster";
  path: string;
  settings: Settings;
  lang: Language;
  limits: Limits;
  /** Issues listed per file, the others counted (see ValidateOptions.maxIssues). */
  maxIssues?: number;
}

/** One roster workbook read, checked and its people taken out: what the consolidation keeps of it. */
export async function examineRosterFile(job: RosterJob): Promise<Outcome<ExaminedWorkbook>> {
  const read = await readWorkbook(job.path, job.path, job.limits);
  if (!read.ok) return read;
  return { ok: true, value: examineWorkbook(job.path, read.workbook, { settings: job.settings, lang: job.lang, maxIssues: job.maxIssues }) };
}
