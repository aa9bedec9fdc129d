import { summarize, validateWorkbook } from "../../core";
import type { FileReport, Language, Report } from "../../core/report/types";
import type { Settings } from "../../core/settings";
import type { Limits } from "../../xlsx/limits";
import { CLI_MESSAGES } from "../i18n";
import { readWorkbook } from "../read-file";

export interface CheckOptions {
  settings: Settings;
  lang: Language;
  limits: Limits;
}

/**
 * One file's report; a file that cannot be read gets its reason as `error` and no sheets. Whatever
 * happens inside one file stays on that file's entry, so a folder's other files are still checked.
 */
export async function checkFile(path: string, options: CheckOptions): Promise<FileReport> {
  const m = CLI_MESSAGES[options.lang];
  try {
    const read = await readWorkbook(path, path, options.limits);
    if (!read.ok) return { file: path, error: m.problem(read.problem), sheets: [] };
    return validateWorkbook(read.workbook, { settings: options.settings, lang: options.lang });
  } catch (error) {
    return { file: path, error: m.checkFailed(error instanceof Error ? error.message : String(error)), sheets: [] };
  }
}

/** Checks the files one after another, so only one workbook is in memory at a time. */
export async function checkFiles(paths: readonly string[], options: CheckOptions): Promise<Report> {
  const files: FileReport[] = [];
  for (const path of paths) files.push(await checkFile(path, options));
  return summarize(files);
}

/** 2 when a file could not be read (it wins), 1 when errors were found, else 0. */
export function exitCode(report: Report): number {
  if (report.files.some((file) => file.error !== null)) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}
