import { Workbook } from "exceljs";

/** Tests only: one cell as exceljs reads it back, value and whole style as JSON, for exact comparisons. */
export interface CellSnapshot {
  value: string;
  style: string;
  type: number;
}

/** Every cell of every sheet (styled empty cells included), keyed "sheet!A1". */
export async function cellsOf(file: string): Promise<Map<string, CellSnapshot>> {
  const book = new Workbook();
  await book.xlsx.readFile(file);
  const cells = new Map<string, CellSnapshot>();
  for (const ws of book.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.value),
          style: JSON.stringify(cell.style),
          type: cell.type,
        });
      }),
    );
  }
  return cells;
}

/** The change-log sheet's rows under its header: sheet, cell, old value, new value, change, rules. */
export async function changeLog(
  file: string,
  sheet = "Nhật ký sửa",
): Promise<{ rows: unknown[][]; types: number[][] }> {
  const book = new Workbook();
  await book.xlsx.readFile(file);
  const ws = book.getWorksheet(sheet);
  if (ws === undefined) throw new Error(`no sheet ${sheet}`);
  const rows: unknown[][] = [];
  const types: number[][] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value));
    types.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).type));
  });
  return { rows, types };
}
