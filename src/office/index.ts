/** The task pane's only way into Excel: Office.js calls live here and nowhere else. */
export { activeTarget, listSheets, type ActiveTarget } from "./active-target";
export { detectCapabilities, missingFeatureMessages, REQUIRED_SETS, type Capabilities, type Requirements } from "./capabilities";
export { officeErrorCode } from "./errors";
export { applyMarks, clearMarks, MARK_FILLS, type MarkResult } from "./marks";
export { MARKS_KEY } from "./marks-record";
export { readSheet, ReadCancelled, type ReadOptions } from "./read-sheet";
export { REPORT_SHEET, writeReportSheet, type ReportOptions } from "./report-sheet";
export { runExcel, type Batch, type ExcelRunner, type RunOptions } from "./run";
export { selectCell } from "./select-cell";
export type { CheckTarget } from "./sheet-area";
export { loadSettings, saveSettings, SETTINGS_KEY } from "./workbook-settings";
