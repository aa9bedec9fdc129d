import { ValueType, type Worksheet } from "exceljs";
import type { CellValue, SheetInput } from "../core/grid/types";
import { fontName, toCellValue } from "./cell-value";
import { merges, tables, type UsedRange } from "./sheet-areas";

export type { UsedRange } from "./sheet-areas";

/** The smallest range holding every non-empty cell (merged cells included); null for an empty sheet. */
export function usedRange(sheet: Worksheet): UsedRange | null {
  let top = 0;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  sheet.eachRow((row, rowNumber) => {
    if (top === 0) top = rowNumber;
    bottom = rowNumber;
    row.eachCell((_cell, col) => {
      if (col < left) left = col;
      if (col > right) right = col;
    });
  });
  return top === 0 ? null : { top, left, bottom, right };
}

export function rangeCells(range: UsedRange | null): number {
  return range ? (range.bottom - range.top + 1) * (range.right - range.left + 1) : 0;
}

function grid<T>(height: number, width: number, blank: T): T[][] {
  const rows: T[][] = new Array(height);
  for (let r = 0; r < height; r++) rows[r] = new Array<T>(width).fill(blank);
  return rows;
}

/** One thin pass over the cells exceljs has loaded: values, number formats and fonts in grids of one shape. */
export function sheetToInput(sheet: Worksheet, used: UsedRange | null): SheetInput {
  if (!used) return { name: sheet.name, values: [], origin: { row: 1, col: 1 } };
  const height = used.bottom - used.top + 1;
  const width = used.right - used.left + 1;
  const values = grid<CellValue>(height, width, null);
  const numberFormats = grid<string | null>(height, width, null);
  const fonts = grid<string | null>(height, width, null);
  sheet.eachRow((row, rowNumber) => {
    const r = rowNumber - used.top;
    row.eachCell((cell, col) => {
      // Only a merge's top-left cell holds its value, as in Excel itself.
      if (cell.type === ValueType.Merge) return;
      const c = col - used.left;
      const value = cell.value;
      values[r][c] = toCellValue(value);
      numberFormats[r][c] = cell.numFmt || null;
      fonts[r][c] = fontName(cell, value);
    });
  });
  return {
    name: sheet.name,
    values,
    origin: { row: used.top, col: used.left },
    numberFormats,
    fonts,
    merges: merges(sheet, used),
    tables: tables(sheet, used),
  };
}
