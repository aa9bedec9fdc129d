import { daysInMonth, type YMD } from "./ymd";

/** One end of a period as written: a day, a month ("03/2020") or a year ("2020"). */
export interface PeriodEnd {
  ymd: YMD;
  /** Only the year was written. */
  yearOnly: boolean;
  /** Only the month and year were written. */
  monthOnly: boolean;
}

export type ParsedPeriod =
  | { ok: true; start: PeriodEnd; end: PeriodEnd }
  /** Shaped like a period but naming a day or month that does not exist ("03/2020 - 13/2020"). */
  | { ok: false; reason: "invalid" }
  /** Not a period, or not one that can be read without guessing ("2 năm", "9/2019", "quý 3/2020"). */
  | { ok: false; reason: "not-a-period" };

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** dd/mm/yyyy, mm/yyyy or yyyy, with "/", "." or "-" inside a date. */
const END = String.raw`(?:(\d{1,2})[/.])?(?:(\d{1,2})[/.])?(\d{4})`;
/** Between the two ends: a dash of any kind, "đến", "to" ("03/2020 - 10/2020", "9/2019 đến 6/2021"). */
const BETWEEN = String.raw`\s*(?:-|–|—|đến|to)\s*`;
const TWO_ENDS = new RegExp(String.raw`^${END}${BETWEEN}${END}$`, "u");
/** "3-10/2020": two months of one year. */
const MONTHS_OF_A_YEAR = new RegExp(String.raw`^(\d{1,2})${BETWEEN}(\d{1,2})[/.](\d{4})$`, "u");

/** Lower case, NFC, and the words that only dress a period ("Từ tháng", "đến tháng", "năm", "T9/2020") removed. */
function bare(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/(?<!\p{L})(?:từ|tháng|năm|ngày|from)(?!\p{L})/gu, " ")
    .replace(/(^|[\s-])t(?=\d)/gu, "$1")
    .replace(/\s+/gu, " ")
    .trim();
}

type Numbers = [day: number | null, month: number | null, year: number];

/** An end from its numbers: a start is the first day it names, an end the last; null when that day does not exist. */
function endOf([day, month, year]: Numbers, last: boolean): PeriodEnd | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (month === null) return { ymd: { y: year, m: last ? 12 : 1, d: last ? 31 : 1 }, yearOnly: true, monthOnly: false };
  if (month < 1 || month > 12) return null;
  const d = day ?? (last ? daysInMonth(year, month) : 1);
  if (d < 1 || d > daysInMonth(year, month)) return null;
  return { ymd: { y: year, m: month, d }, yearOnly: false, monthOnly: day === null };
}

/** "05/2021": month and year; "05/03/2021": day, month and year; "2021": the year. */
function numbers(first: string | undefined, second: string | undefined, year: string): Numbers {
  const n = (s: string | undefined) => (s === undefined ? null : Number(s));
  return second === undefined ? [null, n(first), Number(year)] : [n(first), n(second), Number(year)];
}

/**
 * Reads a period typed as text in one cell ("03/2020 - 10/2020", "Tháng 3-10/2020", "Từ 9/2019 đến 6/2021",
 * "2019 - 2021", "05/09/2019 - 30/06/2021"). Only what can be read without guessing is read.
 */
export function parsePeriodText(text: string): ParsedPeriod {
  const s = bare(text);
  const two = TWO_ENDS.exec(s);
  const months = two ? null : MONTHS_OF_A_YEAR.exec(s);
  let ends: [Numbers, Numbers];
  if (two) ends = [numbers(two[1], two[2], two[3]), numbers(two[4], two[5], two[6])];
  else if (months)
    ends = [
      [null, Number(months[1]), Number(months[3])],
      [null, Number(months[2]), Number(months[3])],
    ];
  else return { ok: false, reason: "not-a-period" };
  const start = endOf(ends[0], false);
  const end = endOf(ends[1], true);
  return start && end ? { ok: true, start, end } : { ok: false, reason: "invalid" };
}
