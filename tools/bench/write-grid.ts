import { Workbook } from "exceljs";
import type { SheetInput } from "../../src/core/grid/types";
import { isCellError } from "../../src/core/grid/types";

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_1970 = 25569;

/** Writes a sheet to an .xlsx file as Excel would hold it: dates as date cells, merges, fonts on odd cells. */
export async function writeGrid(sheet: SheetInput, file: string): Promise<void> {
  const book = new Workbook();
  const ws = book.addWorksheet(sheet.name);
  sheet.values.forEach((cells, r) => {
    const formats = sheet.numberFormats?.[r];
    const row = ws.addRow(
      cells.map((value, c) => {
        if (isCellError(value)) return { error: value.error };
        if (typeof value === "number" && formats?.[c]) return new Date((value - SERIAL_OF_1970) * MS_PER_DAY);
        return value;
      }),
    );
    formats?.forEach((format, c) => {
      if (format) row.getCell(c + 1).numFmt = format;
    });
    sheet.fonts?.[r].forEach((font, c) => {
      if (font && font !== "Times New Roman") row.getCell(c + 1).font = { name: font };
    });
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await book.xlsx.writeFile(file);
}
