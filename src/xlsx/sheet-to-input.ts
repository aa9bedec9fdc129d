import { type Cell, ValueType, type Worksheet } from "exceljs";
import type { CellValue, SheetInput } from "../core/grid/types";
import { fontName, toCellValue } from "./cell-value";
import { merges, tables, type UsedRange } from "./sheet-areas";

export type { UsedRange } from "./sheet-areas";

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

export function rangeCells(range: UsedRange | null): number {
  return range ? (range.bottom - range.top + 1) * (range.right - range.left + 1) : 0;
}

function grid<T>(height: number, width: number, blank: T): T[][] {
  const rows: T[][] = new Array(height);
  for (let r = 0; r < height; r++) rows[r] = new Array<T>(width).fill(blank);
  return rows;
}

/**
 * A layer of the grid (number formats, fonts) made row by row. Its rows nearly always repeat the row
 * above, so a row equal to the last one kept shares that row's array rather than holding a copy: the
 * engine and the repairs only read the layers (repairs copy a row before writing to it).
 */
class SharedRows<T> {
  readonly rows: T[][];
  private readonly next: T[];
  private last: T[];

  constructor(
    height: number,
    width: number,
    private readonly blank: T,
  ) {
    this.last = new Array<T>(width).fill(blank);
    this.rows = new Array<T[]>(height).fill(this.last);
    this.next = this.last.slice();
  }

  set(c: number, value: T): void {
    this.next[c] = value;
  }

  /** Ends row r: it becomes the values set since the last row ended. */
  keep(r: number): void {
    const { next, last } = this;
    let same = true;
    for (let c = 0; c < next.length && same; c++) same = next[c] === last[c];
    if (!same) this.last = next.slice();
    this.rows[r] = this.last;
    next.fill(this.blank);
  }
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
