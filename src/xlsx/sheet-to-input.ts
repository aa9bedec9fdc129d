import { type Cell, ValueType, type Worksheet } from "exceljs";
import type { CellValue, SheetInput } from "../core/grid/types";
import { fontName, toCellValue } from "./cell-value";
import type { UsedRange } from "./grid-areas";
import { merges, tables } from "./sheet-areas";
import { SharedRows } from "./shared-rows";

/** No cell there, or one holding nothing (a styled blank); a merge's other cells count as held. */
function isEmpty(cell: Cell | undefined): boolean {
  return cell === undefined || cell.type === ValueType.Null;
}

/** The smallest range holding every non-empty cell (merged cells included); null for an empty sheet. */
export function usedRange(sheet: Worksheet): UsedRange | null {
  let top = 0;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  sheet.eachRow((row, rowNumber) => {
    if (top === 0) top = rowNumber;
    bottom = rowNumber;
    // Only a row's first and last values matter: look in from both ends rather than at every cell.
    const count = row.cellCount;
    let first = 1;
    while (first < count && isEmpty(row.findCell(first))) first++;
    let last = count;
    while (last > first && isEmpty(row.findCell(last))) last--;
    if (first < left) left = first;
    if (last > right) right = last;
  });
  return top === 0 ? null : { top, left, bottom, right };
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
  const numberFormats = new SharedRows<string | null>(height, width, null);
  const fonts = new SharedRows<string | null>(height, width, null);
  sheet.eachRow((row, rowNumber) => {
    const r = rowNumber - used.top;
    row.eachCell((cell, col) => {
      // Only a merge's top-left cell holds its value, as in Excel itself.
      if (cell.type === ValueType.Merge) return;
      const c = col - used.left;
      const value = cell.value;
      values[r][c] = toCellValue(value);
      numberFormats.set(c, cell.numFmt || null);
      fonts.set(c, fontName(cell, value));
    });
    numberFormats.keep(r);
    fonts.keep(r);
  });
  return {
    name: sheet.name,
    values,
    origin: { row: used.top, col: used.left },
    numberFormats: numberFormats.rows,
    fonts: fonts.rows,
    merges: merges(sheet, used),
    tables: tables(sheet, used),
  };
}
