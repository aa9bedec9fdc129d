import type { Cell, Row, Worksheet } from "exceljs";
import type { YMD } from "../../core/dates";

/** Control characters other than tab and line breaks, and U+FFFE/U+FFFF: a cell holding one would make the whole workbook unreadable. */
const NOT_XML = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]/gu;

/**
 * Text copied from a roster into the report. exceljs writes a string as a string cell whatever it starts
 * with ("=", "+", "@"), so it can never become a formula; only characters XML cannot hold are dropped.
 * Empty text is an empty cell.
 */
export function text(value: string): string | null {
  const kept = value.replace(NOT_XML, "");
  return kept === "" ? null : kept;
}

export const DATE_FORMAT = "dd/mm/yyyy";
export const THIN = { style: "thin" } as const;
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A date cell (the day at UTC midnight, which exceljs stores as that day's serial), or a year alone as a number. */
export function birthValue(birth: YMD | null, yearOnly: boolean): Date | number | null {
  if (birth === null) return null;
  return yearOnly ? birth.y : new Date(Date.UTC(birth.y, birth.m - 1, birth.d));
}

export function styleHeader(row: Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell: Cell) => {
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
}

/**
 * A plain list sheet: a header row, filterable, then the rows, each committed as soon as written so that a
 * streamed workbook does not hold them. Date columns (`dateColumns`, 1-based) are formatted as a whole, not
 * cell by cell: tens of thousands of per-cell styles make writing slow. The few exceptions get a format of
 * their own: a year alone in a date column, a date elsewhere.
 */
export function listSheet(
  ws: Worksheet,
  header: readonly string[],
  widths: readonly number[],
  rows: readonly (readonly (string | number | Date | null)[])[],
  dateColumns: readonly number[] = [],
): void {
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const column of dateColumns) ws.getColumn(column).numFmt = DATE_FORMAT;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const head = ws.addRow([...header]);
  styleHeader(head);
  head.commit();
  for (const values of rows) {
    const row = ws.addRow([...values]);
    values.forEach((value, c) => {
      const inDateColumn = dateColumns.includes(c + 1);
      if (inDateColumn && typeof value === "number") row.getCell(c + 1).numFmt = "0";
      if (!inDateColumn && value instanceof Date) row.getCell(c + 1).numFmt = DATE_FORMAT;
    });
    row.commit();
  }
}
