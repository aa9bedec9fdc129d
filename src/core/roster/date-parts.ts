import type { CellValue } from "../grid/types";
import { isBlank } from "../grid/types";
import { daysInMonth, isYearNumber, parseDateText, parsePeriodText, ymdToSerial, type YMD } from "../dates";
import { cellText, type DateReading, isDateFormat } from "./cell-reading";
import type { DatePart } from "./types";

/** A whole number from a cell: a number, or digits typed as text ("05"). */
function wholeNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  if (typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value)) return Number(value);
  return null;
}

const invalid = (value: CellValue, col: number): DateReading => ({ kind: "invalid", text: cellText(value), col });

/**
 * A date kept in pieces ("Ngày" | "Tháng" | "Năm" columns): one date, or the year alone when only the
 * year is given; an impossible combination is invalid at the piece that makes it so (day 31 in a
 * 30-day month at the day, month 13 at the month, a year outside 1900–2100 at the year).
 */
export function readDateParts(row: readonly CellValue[], parts: Partial<Record<DatePart, number>>): DateReading {
  const at = (part: DatePart) => (parts[part] === undefined ? null : (row[parts[part] as number] ?? null));
  const [day, month, year] = [at("day"), at("month"), at("year")];
  if ([day, month, year].every(isBlank)) return { kind: "empty" };
  const y = wholeNumber(year);
  if (parts.year === undefined || y === null || !isYearNumber(y)) return invalid(year, parts.year ?? -1);
  if (isBlank(day) && isBlank(month)) {
    const ymd = { y, m: 1, d: 1 };
    return { kind: "date", ymd, serial: ymdToSerial(ymd), fromText: false, yearOnly: true };
  }
  const m = wholeNumber(month);
  if (parts.month !== undefined && (m === null || m < 1 || m > 12)) return invalid(month, parts.month);
  const d = wholeNumber(day);
  const mm = m ?? 1;
  if (parts.day !== undefined && (d === null || d < 1 || d > daysInMonth(y, mm))) return invalid(day, parts.day);
  const ymd: YMD = { y, m: mm, d: d ?? 1 };
  return { kind: "date", ymd, serial: ymdToSerial(ymd), fromText: false, yearOnly: false };
}

/**
 * A year column ("Năm sinh"): a number there is a year, so one outside 1900–2100 ("1885") is an invalid
 * year rather than an Excel serial for some day of 1905.
 */
export function readYearCell(value: CellValue, numberFormat: string | null, col: number): DateReading | null {
  if (typeof value !== "number" || isDateFormat(numberFormat) || isYearNumber(value)) return null;
  return invalid(value, col);
}

/** "86-QĐ/BTCTU ngày 05/03/2020", "Số 12/QĐ-UBND, ngày 5 tháng 3 năm 2020": the date in a number-and-date cell. */
const DATE_IN_TEXT = /(?:ngày\s*)?(\d{1,2})\s*(?:[/.-]|\s*tháng\s*)(\d{1,2})\s*(?:[/.-]|\s*năm\s*)(\d{4})(?!\d)/iu;

/** The date written in a combined number-and-date cell, empty when it names none. */
export function readDateInText(value: CellValue): DateReading {
  if (typeof value !== "string") return { kind: "empty" };
  const found = [...value.matchAll(new RegExp(DATE_IN_TEXT, "giu"))].pop();
  if (!found) return { kind: "empty" };
  const parsed = parseDateText(`${found[1]}/${found[2]}/${found[3]}`);
  if (!parsed.ok) return { kind: "invalid", text: found[0] };
  return { kind: "date", ymd: parsed.ymd, serial: ymdToSerial(parsed.ymd), fromText: false, yearOnly: false };
}

/**
 * One end of a period typed in one cell ("03/2020 - 10/2020", "Tháng 3-10/2020"): a month stands for its
 * first day at the start and its last at the end. Text that is no readable period is left alone (empty):
 * "2 năm" or "9/2019" say something, just not two dates.
 */
export function readPeriodInText(value: CellValue, end: "start" | "end"): DateReading {
  if (typeof value !== "string") return { kind: "empty" };
  const parsed = parsePeriodText(value);
  if (!parsed.ok) return parsed.reason === "invalid" ? { kind: "invalid", text: value.trim() } : { kind: "empty" };
  const { ymd, yearOnly, monthOnly } = parsed[end];
  return {
    kind: "date",
    ymd,
    serial: ymdToSerial(ymd),
    fromText: false,
    yearOnly,
    ...(monthOnly ? { monthOnly } : {}),
  };
}
