import type { Area, CellValue, SheetInput, TableArea } from "../core/grid/types";
import { rangeCells, toGridArea, type UsedRange } from "./grid-areas";
import { FileRefused, type ReadBudget } from "./read-budget";
import { SharedRows } from "./shared-rows";
import type { TablePart } from "./table-part";
import type { RowCells, WorksheetCells } from "./worksheet-part";

/**
 * The smallest range holding every cell that holds something and every merged cell but a merge's top-left
 * one (which counts only when it holds something itself): what Excel's own reading of the used range gives.
 * Worked out from the merges' corners, never cell by cell.
 */
export function usedRangeOf(rows: readonly RowCells[], merges: readonly UsedRange[]): UsedRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const take = (t: number, l: number, b: number, r: number) => {
    if (t < top) top = t;
    if (b > bottom) bottom = b;
    if (l < left) left = l;
    if (r > right) right = r;
  };
  for (const { row, first, values } of rows) take(row, first, row, first + values.length - 1);
  for (const m of merges) {
    if (m.bottom > m.top && m.right > m.left) take(m.top, m.left, m.bottom, m.right);
    else if (m.right > m.left) take(m.top, m.left + 1, m.bottom, m.right);
    else if (m.bottom > m.top) take(m.top + 1, m.left, m.bottom, m.right);
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

/** Rows in order, each once: a row written twice keeps its last writing, as Excel does. */
function inOrder(rows: RowCells[]): RowCells[] {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].row <= rows[i - 1].row) {
      const byNumber = new Map(rows.map((r) => [r.row, r]));
      return [...byNumber.values()].sort((a, b) => a.row - b.row);
    }
  }
  return rows;
}

/**
 * Marks the cells of the used range that merges cover but do not start: they show nothing, whatever the
 * file holds in them (their values, formats and fonts are left out of the grid). Merges that overlap make a file Excel itself will not open.
 */
function mergedAway(merges: readonly UsedRange[], used: UsedRange, width: number, height: number): Uint8Array | null {
  if (merges.length === 0) return null;
  const marks = new Uint8Array(width * height);
  for (const merge of merges) {
    const area = toGridArea(merge, used);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const at = r * width + c;
        if (marks[at] !== 0) throw new FileRefused({ code: "corrupt", detail: null });
        const master = r + used.top === merge.top && c + used.left === merge.left;
        marks[at] = master ? 1 : 2;
      }
    }
  }
  return marks;
}

function tableAreas(parts: readonly TablePart[], used: UsedRange): TableArea[] {
  const found: TableArea[] = [];
  for (const part of parts) {
    const range = { ...part.range };
    // A totals row is not data: leave it out so its sums are not read as a cadre.
    if (part.totalsRows > 0 && range.bottom - part.totalsRows >= range.top) range.bottom -= part.totalsRows;
    const area = toGridArea(range, used);
    if (area) found.push({ ...area, name: part.name, hasHeader: part.headerRows > 0 });
  }
  return found;
}

/** A row's values as a row of the grid: the row read itself when it starts at the grid's left edge. */
function gridRow(read: CellValue[], offset: number, width: number): CellValue[] {
  if (offset === 0) {
    while (read.length < width) read.push(null);
    return read;
  }
  const row = new Array<CellValue>(width).fill(null);
  for (let i = 0; i < read.length; i++) row[offset + i] = read[i];
  return row;
}

/**
 * A worksheet's cells as the engine's input: values, number formats and fonts in grids of one shape over the
 * used range, the merges and tables clipped to it. The used range's size is checked before any grid is made.
 */
export function sheetGrid(
  name: string,
  sheet: WorksheetCells,
  tables: readonly TablePart[],
  budget: ReadBudget,
): SheetInput {
  const used = usedRangeOf(sheet.rows, sheet.merges);
  if (!used) return { name, values: [], origin: { row: 1, col: 1 } };
  budget.usedCells(rangeCells(used));
  const height = used.bottom - used.top + 1;
  const width = used.right - used.left + 1;
  const away = mergedAway(sheet.merges, used, width, height);
  const values: CellValue[][] = new Array<CellValue[]>(height);
  const numberFormats = new SharedRows<string | null>(height, width, null);
  const fonts = new SharedRows<string | null>(height, width, null);
  for (const cells of inOrder(sheet.rows)) {
    const r = cells.row - used.top;
    const offset = cells.first - used.left;
    const read = cells.values.length;
    const row = (values[r] = gridRow(cells.values, offset, width));
    for (let i = 0; i < read; i++) {
      const c = offset + i;
      if (away !== null && away[r * width + c] === 2) {
        row[c] = null;
        continue;
      }
      numberFormats.set(c, cells.formats[i]);
      fonts.set(c, cells.fonts[i]);
    }
    numberFormats.keep(r);
    fonts.keep(r);
  }
  for (let r = 0; r < height; r++) values[r] ??= new Array<CellValue>(width).fill(null);
  const merges = sheet.merges.map((m) => toGridArea(m, used)).filter((area): area is Area => area !== null);
  return {
    name,
    values,
    origin: { row: used.top, col: used.left },
    numberFormats: numberFormats.rows,
    fonts: fonts.rows,
    merges,
    tables: tableAreas(tables, used),
  };
}
