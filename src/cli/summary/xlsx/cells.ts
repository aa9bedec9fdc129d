import type { Cell, Row, Worksheet } from "exceljs";
import type { YMD } from "../../../core/dates";

/** Characters XML 1.0 cannot hold: a cell holding one would make the whole workbook unreadable. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

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
 * A plain list sheet: a header row, frozen and filterable, then the rows. Date columns (`dateColumns`,
 * 1-based) are formatted as a whole, not cell by cell: tens of thousands of per-cell styles make writing slow.
 */
export function listSheet(ws: Worksheet, header: readonly string[], widths: readonly number[], rows: readonly (readonly (string | number | Date | null)[])[], dateColumns: readonly number[] = []): void {
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  styleHeader(ws.addRow([...header]));
  for (const column of dateColumns) ws.getColumn(column).numFmt = DATE_FORMAT;
  const added = ws.addRows(rows.map((values) => [...values]));
  // The few exceptions get a format of their own: a year alone in a date column, a date elsewhere.
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      const inDateColumn = dateColumns.includes(c + 1);
      if (inDateColumn && typeof value === "number") added[r].getCell(c + 1).numFmt = "0";
      if (!inDateColumn && value instanceof Date) added[r].getCell(c + 1).numFmt = DATE_FORMAT;
    }),
  );
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}
