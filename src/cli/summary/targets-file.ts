import { findTargets } from "../../core/targets/read-targets";
import type { TargetsRead } from "../../core/targets/types";
import type { Limits } from "../../xlsx/limits";
import type { Outcome } from "../isolate/outcome";
import { readWorkbook } from "../read-file";

/** The targets workbook to read. */
export interface TargetsJob {
  kind: "targets";
  path: string;
  limits: Limits;
}

/** The targets table found in the targets workbook, or why it was not. */
export async function readTargetsFile(job: TargetsJob): Promise<Outcome<TargetsRead>> {
  const read = await readWorkbook(job.path, job.path, job.limits);
  if (!read.ok) return read;
  return { ok: true, value: findTargets(read.workbook) };
}
