import { formatYmd, type YMD } from "../dates";

/** A date as a message shows it: dd/mm/yyyy, or the month ("03/2020") or year alone when that is all the cell gave. */
export function showDate(date: { ymd: YMD; yearOnly: boolean; monthOnly?: boolean }): string {
  if (date.yearOnly) return String(date.ymd.y);
  return date.monthOnly ? formatYmd(date.ymd).slice(3) : formatYmd(date.ymd);
}
