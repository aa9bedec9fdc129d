import type { Workbook } from "exceljs";
import type { Language } from "../../core/report/types";
import { REPAIR_DATE_FORMAT, type Repair } from "../../core/repair";
import { FIX_MESSAGES } from "./i18n";

/** The sheet the repaired copy gets, listing every change. */
export const CHANGE_LOG_SHEET = "Nhật ký sửa";

export interface Change {
  sheet: string;
  repair: Repair;
}

/** "Nhật ký sửa", or "Nhật ký sửa (2)"… when the workbook already has one (a copy repaired again). */
function freeName(book: Workbook): string {
  const taken = new Set(book.worksheets.map((ws) => ws.name.toLowerCase()));
  let name = CHANGE_LOG_SHEET;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${CHANGE_LOG_SHEET} (${n})`;
  return name;
}

/** Old values as text, always; a new date as a real date in the same format the cell got. */
function shown(value: Repair["before"]): string {
  if (value === null) return "";
  return typeof value === "object" ? value.error : String(value);
}

/**
 * Adds the change log as the last sheet: one row per repaired cell (sheet, cell, old value, new value,
 * what was done, rule ids). Every text goes in as a string, so a value like "=1+1" stays text. Returns
 * the sheet's name.
 */
export function addChangeLog(book: Workbook, changes: readonly Change[], lang: Language): string {
  const m = FIX_MESSAGES[lang];
  const ws = book.addWorksheet(freeName(book), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = m.logHeaders.map((header, i) => ({ header, width: [24, 8, 40, 40, 36, 30][i] }));
  ws.getRow(1).font = { bold: true };
  for (const { sheet, repair } of changes) {
    const row = ws.addRow([
      sheet,
      repair.cell,
      shown(repair.before),
      repair.after,
      repair.rules.map((rule) => m.rule[rule]).join("; "),
      repair.rules.join(", "),
    ]);
    if (typeof repair.after === "number") row.getCell(4).numFmt = REPAIR_DATE_FORMAT;
  }
  return ws.name;
}
