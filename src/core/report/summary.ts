import type { FileReport, Report } from "./types";

/** The report of a run over several files. A file that could not be read counts as one error. */
export function summarize(files: FileReport[]): Report {
  const summary = { files: files.length, sheets: 0, rows: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    if (file.error !== null) summary.errors++;
    for (const sheet of file.sheets) {
      summary.sheets++;
      summary.rows += sheet.dataRows;
      for (const issue of sheet.issues) {
        if (issue.severity === "error") summary.errors++;
        else if (issue.severity === "warning") summary.warnings++;
        else summary.infos++;
      }
      if (sheet.unlisted !== undefined) {
        summary.errors += sheet.unlisted.error;
        summary.warnings += sheet.unlisted.warning;
        summary.infos += sheet.unlisted.info;
      }
    }
  }
  return { version: 1, files, summary };
}
