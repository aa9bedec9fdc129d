import type { Worksheet } from "exceljs";
import type { Area, TableArea } from "../core/grid/types";
import { rangeOf, toGridArea, type UsedRange } from "./grid-areas";

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

/** Merged areas in grid coordinates, clipped to the used range. */
export function merges(sheet: Worksheet, used: UsedRange): Area[] {
  const all = Object.values((sheet as unknown as WorksheetInternals)._merges ?? {});
  return all.map((merge) => toGridArea(merge.model, used)).filter((area): area is Area => area !== null);
}

/** Excel tables in grid coordinates, clipped to the used range. */
export function tables(sheet: Worksheet, used: UsedRange): TableArea[] {
  const found: TableArea[] = [];
  for (const { table } of (sheet as unknown as WorksheetInternals).getTables() as ExcelTable[]) {
    const range = table && rangeOf(table.tableRef ?? table.ref ?? "");
    if (!table || !range) continue;
    // A totals row is not data: leave it out so its sums are not read as a cadre.
    if (table.totalsRow && range.bottom > range.top) range.bottom -= 1;
    const area = toGridArea(range, used);
    if (area) found.push({ ...area, name: table.name ?? "", hasHeader: table.headerRow !== false });
  }
  return found;
}
