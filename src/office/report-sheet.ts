import type { Language } from "../core/i18n/language";
import type { Report, SheetReport } from "../core/report/types";
import { checkReportSheet, SHEET_NAMES } from "../core/sheets";
import { replaceOwnSheet } from "./own-sheet";
import { withFeatures } from "./sheet-features";

/** The add-in's own sheet: replaced on each export. */
export const REPORT_SHEET = SHEET_NAMES.checkReport;

export interface ReportOptions {
  /** Range.hyperlink (ExcelApi 1.7) for the Cell column; HYPERLINK formulas otherwise. The host's by default. */
  hyperlinks?: boolean;
}

/**
 * (Re)creates "Kết quả kiểm tra" (src/core/sheets/check-report.ts) and shows it. Three syncs for any usual
 * report (one to find the add-in's earlier report sheet, one to write, one to record the new sheet's id), plus
 * one per further request of text.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  report: readonly SheetReport[] | Report,
  lang: Language,
  checkedAt: Date,
  options: ReportOptions = {},
): Promise<{ sheet: string; rows: number }> {
  const sheet = await replaceOwnSheet(
    context,
    "report",
    checkReportSheet(report, lang, checkedAt),
    withFeatures(options),
  );
  const sheets = "files" in report ? report.files.flatMap((f) => f.sheets) : report;
  return { sheet, rows: sheets.reduce((n, sheet) => n + sheet.issues.length, 0) };
}
