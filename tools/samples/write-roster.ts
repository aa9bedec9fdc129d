import type { Cell, CellValue, Worksheet } from "exceljs";
import type { SampleSheet, SampleValue } from "./sample-types";
import { FONT, header, letterhead, merged, numberingRow } from "./write-frame";
const DATE_FORMAT = "dd/mm/yyyy";
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Where the writer put things, so planted mistakes can be named by their cell. */
export interface Placement {
  firstDataRow: number;
  column(key: string): number;
}

/** exceljs writes a Date as the serial of that day (UTC), in the cell's date format. */
function cellValue(value: SampleValue): CellValue {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  if ("date" in value) return new Date(Date.UTC(value.date[0], value.date[1] - 1, value.date[2]));
  if ("font" in value) return value.text;
  return { formula: value.formula, result: { error: value.error } };
}

function write(cell: Cell, value: SampleValue): void {
  cell.value = cellValue(value);
  const legacyFont = value !== null && typeof value === "object" && "font" in value ? value.font : null;
  cell.font = { name: legacyFont ?? FONT, size: 12 };
  if (value !== null && typeof value === "object" && "date" in value) cell.numFmt = DATE_FORMAT;
}

/** An Excel table over the header and data rows, as lists kept for filtering are. */
function table(ws: Worksheet, sheet: SampleSheet, name: string, headerRow: number): void {
  const rows = sheet.rows.map((values, i) => sheet.columns.map((c) => (c.key === "stt" ? i + 1 : cellValue(values?.[c.key] ?? null))));
  ws.addTable({
    name,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: sheet.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows,
  });
}

/** Total line, place and date, signature titles, room to sign, and the signers' names. */
function footer(ws: Worksheet, sheet: SampleSheet, row: number, width: number, people: number): void {
  const leftEnd = Math.ceil(width * 0.35);
  const rightStart = Math.floor(width / 2) + 1;
  let at = row;
  if (sheet.total) {
    write(ws.getCell(at, 2), `Tổng cộng: ${people} người`);
    ws.getCell(at, 2).font = { name: FONT, size: 12, bold: true };
    at++;
  }
  const [[leftTitle, leftName], [rightTitle, rightName]] = sheet.letterhead.signers;
  merged(ws, at + 1, rightStart, width, sheet.letterhead.placeAndDate, { italic: true });
  merged(ws, at + 2, 1, leftEnd, leftTitle, { bold: true });
  merged(ws, at + 2, rightStart, width, rightTitle, { bold: true });
  merged(ws, at + 7, 1, leftEnd, leftName, { bold: true });
  merged(ws, at + 7, rightStart, width, rightName, { bold: true });
}

/** Writes a roster the way departments lay them out for printing, and says where its data went. */
export function writeRosterSheet(ws: Worksheet, sheet: SampleSheet): Placement {
  const width = sheet.columns.length;
  sheet.columns.forEach((column, i) => (ws.getColumn(i + 1).width = column.width));
  letterhead(ws, sheet, width);
  const headerTop = 7;
  const firstDataRow = headerTop + header(ws, sheet, headerTop) + numberingRow(ws, sheet, headerTop + (sheet.columns.some((c) => c.parent) ? 2 : 1));
  if (sheet.table) table(ws, sheet, sheet.table, headerTop);
  const keys = new Map(sheet.columns.map((column, i) => [column.key, i + 1]));
  for (const stray of sheet.strays ?? []) keys.set(stray.key, width + 2);
  let people = 0;
  sheet.rows.forEach((values, i) => {
    const row = firstDataRow + i;
    sheet.columns.forEach((_, c) => (ws.getCell(row, c + 1).border = BORDER));
    if (values === null) return;
    people++;
    if (keys.has("stt")) write(ws.getCell(row, keys.get("stt") as number), people);
    for (const [key, value] of Object.entries(values)) write(ws.getCell(row, keys.get(key) as number), value);
  });
  for (const stray of sheet.strays ?? []) write(ws.getCell(firstDataRow + stray.row, width + 2), stray.value);
  const spare = sheet.spareNumberedRows ?? 0;
  for (let s = 0; s < spare; s++) {
    const row = firstDataRow + sheet.rows.length + s;
    sheet.columns.forEach((_, c) => (ws.getCell(row, c + 1).border = BORDER));
    write(ws.getCell(row, 1), people + s + 1);
  }
  footer(ws, sheet, firstDataRow + sheet.rows.length + spare, width, people);
  return { firstDataRow, column: (key) => keys.get(key) ?? NaN };
}
