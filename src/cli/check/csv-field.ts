import { visible } from "../visible-text";

/** The separators a CSV can be written with; "tab" is named so on the command line. */
export const CSV_DELIMITERS = { ",": ",", ";": ";", tab: "\t" } as const;

export type CsvDelimiter = keyof typeof CSV_DELIMITERS;

export function isCsvDelimiter(value: string | undefined): value is CsvDelimiter {
  return value !== undefined && Object.prototype.hasOwnProperty.call(CSV_DELIMITERS, value);
}

/**
 * Text a spreadsheet would run as a formula when the CSV is opened (CSV injection): = + - @ or their
 * full-width forms, also after whatever a spreadsheet may skip first (spaces of any width, no-break and
 * zero-width spaces, a byte-order mark, line breaks); and a leading tab or carriage return.
 */
const FORMULA_START =
  /^(?:[\t\r]|[\s\u180E\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A field's value before encoding: numbers stay numbers, text is written as text. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field. Hidden characters are shown as escapes; text that could start a formula gets a leading
 * apostrophe, which keeps it text; quoted per RFC 4180 when it holds the separator, a quote or a line break.
 * `decimal` is the mark non-whole numbers are written with, the one the separator goes with in Excel.
 */
export function csvField(value: CsvValue, delimiter: CsvDelimiter = ",", decimal: "." | "," = "."): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  let text: string;
  if (typeof value === "number") text = Number.isFinite(value) ? String(value).replace(".", decimal) : "";
  else {
    const shown = visible(value);
    text = FORMULA_START.test(shown) ? `'${shown}` : shown;
  }
  const separator = CSV_DELIMITERS[delimiter];
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
