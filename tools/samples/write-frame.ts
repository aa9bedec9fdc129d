import type { Font, Worksheet } from "exceljs";
import type { SampleSheet } from "./sample-types";

export const FONT = "Times New Roman";

/** Text in a (merged) band of cells, centred, as titles and headers are. */
export function merged(ws: Worksheet, row: number, from: number, to: number, text: string, font: Partial<Font>): void {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = text;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

/** Issuer and motto side by side, then the title and its subtitle across the whole width. */
export function letterhead(ws: Worksheet, sheet: SampleSheet, width: number): void {
  const { issuer, motto, title, subtitle } = sheet.letterhead;
  const leftEnd = Math.ceil(width * 0.35);
  const rightStart = Math.floor(width / 2) + 1;
  merged(ws, 1, 1, leftEnd, issuer[0], {});
  merged(ws, 2, 1, leftEnd, issuer[1], { bold: true });
  merged(ws, 1, rightStart, width, motto[0], { bold: true });
  if (motto[1]) merged(ws, 2, rightStart, width, motto[1], { bold: true, italic: true });
  merged(ws, 4, 1, width, title, { bold: true, size: 14 });
  merged(ws, 5, 1, width, subtitle, { italic: true });
}

/** One or two header rows: a parent merged over its sub-columns, lone headers merged down both rows. */
export function header(ws: Worksheet, sheet: SampleSheet, top: number): number {
  const columns = sheet.columns;
  const twoRows = columns.some((c) => c.parent !== undefined);
  const style = { bold: true };
  columns.forEach((column, i) => {
    const col = i + 1;
    if (!twoRows) return merged(ws, top, col, col, column.header, style);
    if (column.parent === undefined) {
      ws.mergeCells(top, col, top + 1, col);
      return merged(ws, top, col, col, column.header, style);
    }
    if (columns[i - 1]?.parent !== column.parent) {
      let last = i;
      while (columns[last + 1]?.parent === column.parent) last++;
      merged(ws, top, col, last + 1, column.parent, style);
    }
    merged(ws, top + 1, col, col, column.header, style);
  });
  return twoRows ? 2 : 1;
}

export function numberingRow(ws: Worksheet, sheet: SampleSheet, row: number): number {
  if (sheet.numbering === "none") return 0;
  sheet.columns.forEach((_, i) => merged(ws, row, i + 1, i + 1, sheet.numbering === "plain" ? String(i + 1) : `(${i + 1})`, { italic: true }));
  return 1;
}
