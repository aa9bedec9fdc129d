import { isYearNumber, MAX_SERIAL, parseDateText, serialToYmd, type YMD } from "../core/dates";
import { type Gender, parseGender } from "../core/people";
import type { Language } from "../core/i18n";
import { CellError } from "./cell-error";
import { errorText, valueErrorText } from "./error-text";

/**
 * Reading one argument cell. Blank cells reach a custom function as null (Excel on the web), 0
 * (desktop, for a lone cell) or "" (inside ranges); each reader says what blank means for it.
 */

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const WHOLE_NUMBER_TEXT = /^[+-]?\d+$/;

/**
 * A count, blank being 0 as in Excel arithmetic. Text holding a whole number ("30") is read as one;
 * other text is not, since "1.000" may mean one thousand or one.
 */
export function readCount(value: unknown): number | CellError {
  if (isBlank(value)) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "string" && WHOLE_NUMBER_TEXT.test(value.trim())) return Number(value.trim());
  return CellError.value(valueErrorText("notNumber", value));
}

/**
 * A date: an Excel serial, a year (1 January), or text "dd/mm/yyyy" or "yyyy". Blank (including the
 * desktop's 0, which is no date) gives null. Serials outside Excel's dates give #NUM!.
 */
export function readDate(value: unknown): YMD | null | CellError {
  if (isBlank(value) || value === 0) return null;
  if (typeof value === "number") {
    if (isYearNumber(value)) return { y: value, m: 1, d: 1 };
    return value >= 1 && value < MAX_SERIAL + 1 ? serialToYmd(value) : CellError.badNumber;
  }
  if (typeof value !== "string") return CellError.value(valueErrorText("notDate", value));
  const parsed = parseDateText(value);
  if (parsed.ok) return parsed.ymd;
  return CellError.value(
    parsed.reason === "invalid" ? valueErrorText("noSuchDate", value) : valueErrorText("notDate", value),
  );
}

/** The date a figure is computed at: required. */
export function readAsOf(value: unknown): YMD | CellError {
  const date = readDate(value);
  return date === null ? CellError.value(errorText("missingAsOf")) : date;
}

export function readGender(value: unknown): Gender | CellError {
  if (isBlank(value) || value === 0) return CellError.value(errorText("missingGender"));
  return (typeof value === "string" && parseGender(value)) || CellError.value(valueErrorText("unknownGender", value));
}

/** Vietnamese unless English is asked for ("en", "EN", "en-US", "English"). */
export function readLanguage(value: unknown): Language | CellError {
  if (isBlank(value) || value === 0) return "vi";
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (/^(vi|vn|viet|tiếng việt)/.test(text.normalize("NFC"))) return "vi";
  if (/^(en|anh|tiếng anh)/.test(text.normalize("NFC"))) return "en";
  return CellError.value(valueErrorText("unknownLanguage", value));
}

/** Text as Excel would show the cell; blank is "". */
export function readText(value: unknown): string {
  if (isBlank(value)) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
