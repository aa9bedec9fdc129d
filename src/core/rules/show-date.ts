import { formatYmd, type YMD } from "../dates";

/** A date as a message shows it: dd/mm/yyyy, or the year alone when that is all the cell gave. */
export function showDate(ymd: YMD, yearOnly: boolean): string {
  return yearOnly ? String(ymd.y) : formatYmd(ymd);
}
