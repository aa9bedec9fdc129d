import type { PrepareTexts } from "./shape";

export const EN: PrepareTexts = {
  rulesTitle: "Set up input checks",
  rulesHint:
    "Adds drop-down lists (gender, ethnic group, training programme) and date rules to the columns of the roster just checked, so the same mistakes do not come back. They can be removed at any time; rules you set yourself are kept.",
  applyRules: "Set up input checks",
  removeRules: "Remove input checks",
  rulesUnavailable:
    "This version of Excel cannot set input checks (it needs Excel 2021, Microsoft 365 or Excel on the web).",
  needCheck: "Check a roster first: the rules follow the columns the check found.",
  rulesApplied: (columns, sheet) => `Set input checks on ${columns} columns of sheet “${sheet}”.`,
  rulesKept: (fields) => `Columns that already had a rule were left as they are: ${fields}.`,
  rulesNone: "No rule was added: every column already has one.",
  rulesAlready: (fields) => `Columns that already had the add-in's input checks: ${fields}.`,
  rulesRemoved: (count) => `Removed ${count} input checks the add-in had set.`,
  rulesChanged: (ranges) => `Ranges whose rule was changed since were left as they are: ${ranges}.`,
  nothingToRemove: "There are no input checks of the add-in to remove.",
  emailTitle: "Prepare for email",
  emailHint:
    "A recipient without the add-in sees #NAME? in cells that use CADRE functions. Find those cells, replace their formulas by their current values and record the last check in the file.",
  find: "Find cells using CADRE functions",
  found: (count) => `${count} cells use CADRE functions and would show #NAME? without the add-in:`,
  foundMore: (count) => `… and ${count} more cells`,
  noneFound: "No cell uses CADRE functions.",
  modeLabel: "How to replace",
  inPlace: "On the sheet itself (can be undone)",
  copy: "In a copy of the sheet (the original stays as it is)",
  copyUnavailable: "This version of Excel cannot copy sheets (needs Excel 2021, Microsoft 365 or Excel on the web).",
  freeze: (count) => `Replace ${count} formulas by their values`,
  stampOnly: "Record the check",
  cancel: "Cancel",
  frozenInPlace: (count) => `Replaced ${count} formulas by their values. Press “Undo” to get the formulas back.`,
  frozenCopy: (count, sheets) =>
    `Replaced ${count} formulas by their values in the copy: ${sheets}. The original sheet is unchanged.`,
  freezeNoSpills:
    "No formula was replaced: this version of Excel cannot tell which cells a formula's results spill into (Excel 2021, Microsoft 365 or Excel on the web is needed), so replacing could lose results. Please update Excel.",
  freezeCalculating:
    "No formula was replaced: Excel is still calculating CADRE functions (cells show #BUSY!). Wait until it has finished, then try again.",
  stamped: (sheet) => `Recorded the date and result of the last check in the file's settings and on sheet “${sheet}”.`,
  noCheckToStamp: "No roster was checked, so no check was recorded in the file.",
};
