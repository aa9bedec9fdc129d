/** The texts of the settings form, in one language. Numbers and dates arrive already formatted. */
export interface SettingsTexts {
  title: string;
  hint: string;
  unavailable: string;
  postgradMaxAge: (date: string) => string;
  postgradMaxAgeNew: (date: string) => string;
  rotationMinYears: string;
  rosterSheet: string;
  rosterSheetAny: string;
  save: string;
  saved: string;
  wholeNumber: (label: string, min: string, max: string) => string;
  /** The pane's own language, kept for this user on this computer, not in the workbook. */
  language: string;
  languageOffice: string;
  languageNotKept: string;
}
