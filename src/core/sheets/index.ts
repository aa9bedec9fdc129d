/** The sheets the product writes, described once as data; src/office and src/xlsx each write them. */
export type * from "./types";
export { achievementReportSheet, type AchievementInput } from "./achievement-report";
export { checkReportSheet } from "./check-report";
export { checkStampSheet, type CheckStamp } from "./check-stamp";
export { consolidatedRosterSheet } from "./consolidated-roster";
export { duplicatesSheet } from "./duplicates";
export { feedbackSheets } from "./feedback";
export { findingsSheet } from "./findings";
export { hyperlinkFormula, linkReference, quoteSheet } from "./links";
export { SHEET_NAMES } from "./names";
export { repairLogSheet, type Change } from "./repair-log";
export { targetsTemplateSheet } from "./targets-template";
