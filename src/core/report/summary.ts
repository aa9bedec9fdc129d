import type { FileReport, Report, SeverityCounts, SheetReport } from "./types";

/** How many of the sheet's issues were found but not listed (see ValidateOptions.maxIssues). */
export function unlistedCount(sheet: SheetReport): number {
  const unlisted = sheet.unlisted;
  return unlisted === undefined ? 0 : unlisted.error + unlisted.warning + unlisted.info;
}

/** The sheets' issues by severity: those listed and those only counted (`unlisted`). */
export function severityCounts(sheets: readonly SheetReport[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const sheet of sheets) {
    for (const issue of sheet.issues) counts[issue.severity]++;
    if (sheet.unlisted === undefined) continue;
    counts.error += sheet.unlisted.error;
    counts.warning += sheet.unlisted.warning;
    counts.info += sheet.unlisted.info;
  }
  return counts;
}

/** The report of a run over several files. A file that could not be read counts as one error. */
export function summarize(files: FileReport[]): Report {
  const summary = { files: files.length, sheets: 0, rows: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    if (file.error !== null) summary.errors++;
    summary.sheets += file.sheets.length;
    for (const sheet of file.sheets) summary.rows += sheet.dataRows;
    const counts = severityCounts(file.sheets);
    summary.errors += counts.error;
    summary.warnings += counts.warning;
    summary.infos += counts.info;
  }
  return { version: 1, files, summary };
}
