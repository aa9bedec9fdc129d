import { summarize } from "../../core/report/summary";
import type { FileReport, Language, Report } from "../../core/report/types";
import type { Settings } from "../../core/settings";
import type { Limits } from "../../xlsx/limits";
import { runJobs } from "../isolate/pool";
import { unreadFile } from "../unread-file";

export interface CheckOptions {
  settings: Settings;
  lang: Language;
  limits: Limits;
  /** Issues listed per file, the others counted; all of them when absent. */
  maxIssues?: number;
  /** The worker script each file is checked in (see CliIo); in this thread when absent. */
  workerScript?: string;
}

/**
 * The report of every file, in the order given. Each file is read and checked on its own (in a worker of
 * its own when there is a script), so whatever happens inside one file stays on that file's entry: a
 * file that cannot be read or checked gets its reason as `error` and no sheets, and the others are checked.
 */
export async function checkFiles(paths: readonly string[], options: CheckOptions): Promise<Report> {
  const { settings, lang, limits, maxIssues } = options;
  const jobs = paths.map((path) => ({ kind: "check" as const, path, settings, lang, limits, maxIssues }));
  const outcomes = await runJobs(jobs, options.workerScript);
  const files: FileReport[] = outcomes.map((outcome, i) =>
    outcome.ok ? outcome.value : unreadFile(paths[i], outcome.problem, lang),
  );
  return summarize(files);
}

/** 2 when a file could not be read (it wins), 1 when errors were found, else 0. */
export function exitCode(report: Report): number {
  if (report.files.some((file) => file.error !== null)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}
