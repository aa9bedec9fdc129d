import { addMonths, compareYmd, type YMD } from "./ymd";
import { ymdToDays } from "./days";

/**
 * Completed years at asOf: the age goes up on the birthday (someone born 29/02 turns a year older
 * on 01/03 in other years). Negative when birth is after asOf.
 */
export function ageAt(birth: YMD, asOf: YMD): number {
  const beforeBirthday = asOf.m < birth.m || (asOf.m === birth.m && asOf.d < birth.d);
  return asOf.y - birth.y - (beforeBirthday ? 1 : 0);
}

/**
 * Calendar years from `from` to `to`: whole months, plus the part of the next month, over 12.
 * Month-based so that 31/05/2025 → 31/05/2035 is exactly 10, as a clerk counts it.
 */
export function yearsBetween(from: YMD, to: YMD): number {
  let months = (to.y - from.y) * 12 + (to.m - from.m);
  if (compareYmd(addMonths(from, months), to) > 0) months -= 1;
  const start = ymdToDays(addMonths(from, months));
  const next = ymdToDays(addMonths(from, months + 1));
  return (months + (ymdToDays(to) - start) / (next - start)) / 12;
}
