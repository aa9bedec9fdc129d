import type { CellValue } from "../grid/types";
import { isBlank, isCellError } from "../grid/types";
import { isValidYmd, isYearNumber, MAX_SERIAL, parseDateText, serialToYmd, ymdToSerial, type YMD } from "../dates";
import type { RosterCell } from "./types";

export type DateReading =
  | { kind: "empty" }
  /** `monthOnly`: the cell named a month ("03/2020" in a period), read as its first or last day. */
  | { kind: "date"; ymd: YMD; serial: number; fromText: boolean; yearOnly: boolean; monthOnly?: boolean }
  /** `col`: the cell that makes the date invalid, when it is not the column's own (a piece of a split date). */
  | { kind: "invalid"; text: string; col?: number }
  | { kind: "not-a-date"; text: string };

/** A cell's value as text: numbers in JavaScript's shortest form, errors as their code, blank as "". */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return isCellError(value) ? value.error : "";
}

/** Quoted literals, [colour]/[$-locale]/[h] sections and backslash escapes carry no date tokens. */
const FORMAT_LITERALS = /"[^"]*"|\[[^\]]*\]|\\./g;

/** A workbook has a handful of number formats, asked about on every date cell: remember the answers (a bounded number). */
const FORMAT_MEMORY = 1000;
const dateFormats = new Map<string, boolean>();

/**
 * True for an Excel number format that shows a date: a day, month or year token outside
 * literals ("dd/mm/yyyy", "m/d/yy", "[$-42A]dd/mm/yyyy"). An "m" beside "h" or "s" is minutes, so a
 * time-only format ("h:mm") is not a date.
 */
export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    if (dateFormats.size >= FORMAT_MEMORY) dateFormats.clear();
    known = showsDate(format);
    dateFormats.set(format, known);
  }
  return known;
}

function showsDate(format: string): boolean {
  const bare = format.replace(FORMAT_LITERALS, "").toLowerCase();
  if (bare === "general") return false;
  return /[dy]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
}

function fromSerial(serial: number): DateReading {
  if (!(serial >= 1 && serial < MAX_SERIAL + 1)) return { kind: "invalid", text: cellText(serial) };
  const ymd = serialToYmd(serial);
  // Serial 60 is Excel's 29/02/1900, a day that never was.
  return isValidYmd(ymd)
    ? { kind: "date", ymd, serial: Math.floor(serial), fromText: false, yearOnly: false }
    : { kind: "invalid", text: cellText(serial) };
}

/**
 * Reads a date cell. A number in a date format is a serial. A whole number from 1900 to 2100 in any
 * other format is a birth year (1 January, as Nghị định 135/2020 counts it). Any other number is read
 * as a serial too: hosts that cannot give number formats pass dates as bare serials, and a serial
 * left in General format still names the day Excel would show once formatted. Text goes through
 * parseDateText ("31/02/1986" is invalid).
 */
export function readDate(cell: Pick<RosterCell, "value" | "numberFormat"> | undefined): DateReading {
  const value = cell?.value ?? null;
  if (isBlank(value)) return { kind: "empty" };
  if (typeof value === "number") {
    if (isDateFormat(cell?.numberFormat ?? null)) return fromSerial(value);
    if (isYearNumber(value)) {
      const ymd = { y: value, m: 1, d: 1 };
      return { kind: "date", ymd, serial: ymdToSerial(ymd), fromText: false, yearOnly: true };
    }
    return fromSerial(value);
  }
  if (typeof value !== "string") return { kind: "not-a-date", text: cellText(value) };
  const parsed = parseDateText(value);
  if (parsed.ok)
    return {
      kind: "date",
      ymd: parsed.ymd,
      serial: ymdToSerial(parsed.ymd),
      fromText: true,
      yearOnly: parsed.yearOnly,
    };
  return { kind: parsed.reason, text: value };
}
