import { formatDate } from "../i18n/format";

/** When a sheet was made, as its title lines say it in both languages: dd/mm/yyyy hh:mm, local time. */
export function sheetTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const day = formatDate({ y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() });
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
