/** The task pane's only way into Excel: Office.js calls live here and nowhere else. */
export { activeTarget, listSheets, type ActiveTarget } from "./active-target";
export { findCadreFormulas, type CadreFormulaCell } from "./cadre-formulas";
export { type CheckStamp, STAMP_KEY, STAMP_SHEET, stampCheck } from "./check-stamp";
export {
  detectCapabilities,
  missingFeatures,
  missingRequirements,
  REQUIRED_SETS,
  type Capabilities,
  type MissingFeature,
  type Requirements,
} from "./capabilities";
export { cannotInsertFile, rejectedFile, officeErrorCode } from "./errors";
export { onHostReady } from "./host-ready";
export { freezeCadreFormulas, type FreezeMode, FreezeRefused, type FreezeResult } from "./freeze-formulas";
export { applyInputRules, removeInputRules, type InputRulesResult, type RemovedRules } from "./input-rules";
export { INPUT_RULES_KEY } from "./input-rules-record";
export { applyMarks, clearMarks, MARK_FILLS, MARK_RULE, type MarkResult } from "./marks";
export { readSheet, ReadCancelled, type ReadOptions } from "./read-sheet";
export { applyRepairs, RepairRefused, type RepairOptions, type RepairResult } from "./repairs";
export { REPORT_SHEET, writeReportSheet, type ReportOptions } from "./report-sheet";
export { runExcel, type Batch, type ExcelRunner, type RunOptions } from "./run";
export { selectCell } from "./select-cell";
export type { CheckTarget } from "./sheet-area";
export { lastRepair, undoLastRepair, type UndoOutcome } from "./undo-repairs";
export { loadSettings, saveSettings, SETTINGS_KEY } from "./workbook-settings";
export {
  ACHIEVEMENT_SHEET,
  writeAchievementSheet,
  type AchievementInput,
  type AchievementOptions,
} from "./achievement-sheet";
export { CONSOLIDATED_SHEET, writeConsolidatedSheet, type ConsolidatedOptions } from "./consolidated-sheet";
export { readInsertedWorkbook, type InsertedReadOptions } from "./inserted-workbook";
export { openNewWorkbook, type WorkbookOpener } from "./new-workbook";
export {
  createTargetsSheet,
  readTargetsSheet,
  TARGETS_SHEET,
  type CreateTargetsResult,
  type TargetsSheetRead,
} from "./targets-sheet";
