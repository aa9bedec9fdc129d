import type { FixJob } from "../fix/analyse";
import type { CheckJob } from "../check/check-file";
import type { RosterJob } from "../summary/roster-file";
import type { TargetsJob } from "../summary/targets-file";
import { problemOfError } from "../../core/files";
import type { Outcome } from "./outcome";

/** Work on one file, as plain data: what a worker thread is given to do. */
export type Job = CheckJob | RosterJob | TargetsJob | FixJob;

/** The value each kind of job gives. */
export type JobValue<J extends Job> = Awaited<ReturnType<(typeof RUNNERS)[J["kind"]]>> extends Outcome<infer T> ? T : never;

// Each kind's code is loaded by the first job of that kind: the thread handing out jobs never loads it, and a
// worker only what its jobs need (the repair's analysis loads exceljs, which writes the repaired copy).
const RUNNERS = {
  check: async (job: CheckJob) => (await import("../check/check-file")).checkFile(job),
  roster: async (job: RosterJob) => (await import("../summary/roster-file")).examineRosterFile(job),
  targets: async (job: TargetsJob) => (await import("../summary/targets-file")).readTargetsFile(job),
  fix: async (job: FixJob) => (await import("../fix/analyse")).analyseFix(job),
} as const;

/** A worker's answer to one job; `ending` when the worker stops itself after it (it passed its memory limit). */
export interface WorkerAnswer {
  outcome: Outcome<unknown>;
  ending: boolean;
}

/** Runs one job where it is called; whatever it throws becomes the file's problem, never the caller's. */
export async function runJob<J extends Job>(job: J): Promise<Outcome<JobValue<J>>> {
  const run = RUNNERS[job.kind] as (job: J) => Promise<Outcome<JobValue<J>>>;
  try {
    return await run(job);
  } catch (error) {
    return { ok: false, problem: problemOfError(error) };
  }
}
