import type { Worksheet } from "exceljs";
import { parseA1 } from "../core/grid/address";
import type { Area, TableArea } from "../core/grid/types";

/** The used range in Excel's 1-based rows and columns. */
export interface UsedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The parts of exceljs's worksheet its typings leave out or mistype. `_merges` is read because the
 * public `worksheet.model` rebuilds every row's model, which would double the cost of a read.
 */
interface WorksheetInternals {
  _merges?: Record<string, { model: UsedRange }>;
  getTables(): unknown[];
}

interface ExcelTable {
  table?: { name?: string; tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean };
}

/** An Excel-coordinates range as a 0-based grid area, clipped to the grid; null when wholly outside. */
function toGridArea(area: UsedRange, used: UsedRange): Area | null {
  const top = Math.max(area.top, used.top) - used.top;
  const left = Math.max(area.left, used.left) - used.left;
  const bottom = Math.min(area.bottom, used.bottom) - used.top;
  const right = Math.min(area.right, used.right) - used.left;
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** Merged areas in grid coordinates, clipped to the used range. */
export function merges(sheet: Worksheet, used: UsedRange): Area[] {
  const all = Object.values((sheet as unknown as WorksheetInternals)._merges ?? {});
  return all.map((merge) => toGridArea(merge.model, used)).filter((area): area is Area => area !== null);
}

function tableRange(ref: string): UsedRange | null {
  const [from, to = from] = ref.split(":").map(parseA1);
  return from && to ? { top: from.row, left: from.column, bottom: to.row, right: to.column } : null;
}

/** Excel tables in grid coordinates, clipped to the used range. */
export function tables(sheet: Worksheet, used: UsedRange): TableArea[] {
  const found: TableArea[] = [];
  for (const { table } of (sheet as unknown as WorksheetInternals).getTables() as ExcelTable[]) {
    const range = table && tableRange(table.tableRef ?? table.ref ?? "");
    if (!table || !range) continue;
    // A totals row is not data: leave it out so its sums are not read as a cadre.
    if (table.totalsRow && range.bottom > range.top) range.bottom -= 1;
    const area = toGridArea(range, used);
    if (area) found.push({ ...area, name: table.name ?? "", hasHeader: table.headerRow !== false });
  }
  return found;
}
