import type { CellValue } from "../grid/types";
import type { RuleId } from "../report/types";

/** The rules whose issues carry a `fix` the product may write into the cell. */
export type FixableRule = Extract<
  RuleId,
  "legacy-encoding" | "not-nfc" | "control-char" | "whitespace" | "text-date" | "unknown-value"
>;

/**
 * In the order their fixes compose on one cell: decode, normalise, remove control characters, tidy, then
 * replace by a list value or a date.
 */
export const FIXABLE_RULES: readonly FixableRule[] = [
  "legacy-encoding",
  "not-nfc",
  "control-char",
  "whitespace",
  "unknown-value",
  "text-date",
];

/** The gender, ethnicity and programme columns: the ones with a closed list to choose from. */
export type ListField = "gender" | "ethnicity" | "programme";

/** An input prompt or error alert: Excel takes at most 32 characters of title and 255 of message. */
export interface ValidationTexts {
  title: string;
  message: string;
}

/** The format a text date gets once it is a real date. */
export const REPAIR_DATE_FORMAT = "dd/mm/yyyy";

/** The font a converted TCVN3/VNI cell gets: its old font would draw Unicode letters as junk. */
export const UNICODE_FONT = "Times New Roman";

/**
 * One cell to change: its fully corrected value, and the format or font it needs to show it. `row` and
 * `col` are Excel's 1-based numbers. A string in `after` is text and must be written as text, even when
 * it starts with "=" or looks like a number.
 */
export interface Repair {
  cell: string;
  row: number;
  col: number;
  /** Every issue of the cell this repair settles, in the order their fixes were applied. */
  rules: FixableRule[];
  before: CellValue;
  after: string | number;
  /** Set when the cell's number format must change (a text date becoming a real date). */
  numberFormat?: string;
  /** Set when the cell's font name must change (the rest of the font stays). */
  font?: string;
}

/**
 * A change to one cell; unset properties stay as they are. A string value is text: a host that parses
 * what it writes (Office.js turns "=…" into a formula and "15/08/1985" into a date) must write it as text.
 */
export interface CellWrite {
  address: string;
  value: CellValue;
  numberFormat?: string | null;
  font?: string | null;
}
