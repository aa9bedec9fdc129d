/** A calendar date (proleptic Gregorian); months and days count from 1. */
export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True for a real calendar date with integer parts (Excel's fake 29/02/1900 is not one). */
export function isValidYmd(ymd: YMD): boolean {
  const { y, m, d } = ymd;
  return [y, m, d].every(Number.isInteger) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareYmd(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Calendar months later (or earlier when negative); the day is clamped to the month's end (31/01 + 1 → 28/02). */
export function addMonths(ymd: YMD, months: number): YMD {
  const index = ymd.y * 12 + (ymd.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(ymd.d, daysInMonth(y, m)) };
}

export function endOfMonth(ymd: YMD): YMD {
  return { y: ymd.y, m: ymd.m, d: daysInMonth(ymd.y, ymd.m) };
}

/** dd/mm/yyyy, the way dates are written in Vietnamese documents. */
export function formatYmd(ymd: YMD): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(ymd.d, 2)}/${pad(ymd.m, 2)}/${pad(ymd.y, 4)}`;
}
