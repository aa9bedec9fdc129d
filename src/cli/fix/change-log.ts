import type { Workbook } from "exceljs";
import type { Language } from "../../core/i18n/language";
import { type Change, repairLogSheet } from "../../core/sheets";
import { addSheet } from "../../xlsx/write-sheet";

/** "Nhật ký sửa", or "Nhật ký sửa (2)"… when the workbook already has one (a copy repaired again). */
function freeName(book: Workbook, name: string): string {
  const taken = new Set(book.worksheets.map((ws) => ws.name.toLowerCase()));
  let free = name;
  for (let n = 2; taken.has(free.toLowerCase()); n++) free = `${name} (${n})`;
  return free;
}

/** Adds the change log (src/core/sheets/repair-log.ts) as the last sheet; returns its name. */
export function addChangeLog(book: Workbook, changes: readonly Change[], lang: Language): string {
  const log = repairLogSheet(changes, lang);
  return addSheet(book, { ...log, name: freeName(book, log.name) }).name;
}
