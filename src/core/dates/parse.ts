import { isValidYmd, type YMD } from "./ymd";

export type ParsedDate = { ok: true; ymd: YMD; yearOnly: boolean } | { ok: false; reason: "invalid" | "not-a-date" };

/** Day first, one separator used twice: 05/03/1985, 5/3/1985, 05-03-1985, 05.03.1985. */
const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_ONLY = /^\d{4}$/;
/** Excel cannot hold earlier dates. */
const FIRST_YEAR = 1900;

/**
 * Reads a date typed as text. A year alone means 1 January of that year, as Nghị định 135/2020 counts
 * a birth year without a day and month. Text shaped like a date that names no real day ("31/02/1986",
 * "12/13/1990", a year before 1900) is "invalid"; anything else is "not-a-date".
 */
export function parseDateText(text: string): ParsedDate {
  const trimmed = text.trim();
  if (YEAR_ONLY.test(trimmed)) {
    const y = Number(trimmed);
    return y >= FIRST_YEAR ? { ok: true, ymd: { y, m: 1, d: 1 }, yearOnly: true } : { ok: false, reason: "invalid" };
  }
  const match = DAY_MONTH_YEAR.exec(trimmed);
  if (!match) return { ok: false, reason: "not-a-date" };
  const ymd = { y: Number(match[4]), m: Number(match[3]), d: Number(match[1]) };
  return isValidYmd(ymd) && ymd.y >= FIRST_YEAR ? { ok: true, ymd, yearOnly: false } : { ok: false, reason: "invalid" };
}
