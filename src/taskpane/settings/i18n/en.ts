import type { SettingsTexts } from "./shape";

export const EN: SettingsTexts = {
  title: "Settings",
  hint: "Settings are kept in the Excel file, so everyone who opens it gets the same checks.",
  unavailable: "This Excel cannot keep settings in the file: checks use the default thresholds.",
  postgradMaxAge: (date) => `Oldest age for postgraduate study (decisions before ${date})`,
  postgradMaxAgeNew: (date) => `Oldest age for postgraduate study (from ${date})`,
  rotationMinYears: "Working years left required for a rotation",
  rosterSheet: "Sheet holding the roster",
  rosterSheetAny: "(current sheet or table)",
  save: "Save settings",
  saved: "Settings saved in the file.",
  language: "Language of the task pane (this computer only)",
  languageOffice: "As Office's display language",
  languageNotKept: "This computer does not keep the choice of language: the pane follows Office's language.",
  wholeNumber: (label, min, max) => `“${label}” must be a whole number from ${min} to ${max}.`,
};
