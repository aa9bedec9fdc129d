import type { Area, TableArea } from "../core/grid/types";
import { areaBoxes, boxAddress, type CellBox, parseBox, toGridArea } from "./addresses";
import type { SheetArea } from "./sheet-area";

export interface Extras {
  tables: TableArea[];
  /** Absent when the host cannot tell merged cells (before ExcelApi 1.13). */
  merges?: Area[];
}

export interface Grid {
  origin: { row: number; col: number };
  rows: number;
  columns: number;
}

/**
 * Rows from the top of the area searched for merged cells. Merges matter to the engine in the header,
 * and Excel refuses `getMergedAreasOrNullObject` over more than 512 merged areas, which a long roster
 * with merged cells in every row would reach.
 */
export const MERGE_ROWS = 100;

/**
 * Queues the reads that ride along with the first block (no sync of their own): the tables' ranges
 * and the merged areas of the header zone. The returned function reads them after that sync.
 */
export function queueExtras(
  area: SheetArea,
  box: CellBox,
  mergedAreas: boolean,
  mergeRows = MERGE_ROWS,
): (grid: Grid) => Extras {
  const tableRanges = area.wholeTable ? [] : area.tables.map((t) => t.getRange().load("address"));
  const headerZone = { ...box, bottom: Math.min(box.bottom, box.top + mergeRows - 1) };
  const merged = mergedAreas
    ? area.worksheet.getRange(boxAddress(headerZone)).getMergedAreasOrNullObject().load("address")
    : null;

  return ({ origin, rows, columns }) => {
    const inGrid = (b: CellBox | null) => (b ? toGridArea(b, origin, rows, columns) : null);
    const tables: TableArea[] = [];
    area.tables.forEach((table, i) => {
      const at = area.wholeTable
        ? { top: 0, left: 0, bottom: rows - 1, right: columns - 1 }
        : inGrid(parseBox(tableRanges[i].address));
      if (at) tables.push({ name: table.name, hasHeader: table.showHeaders, ...at });
    });
    if (!merged) return { tables };
    const boxes = merged.isNullObject ? [] : areaBoxes(merged.address);
    return { tables, merges: boxes.map(inGrid).filter((a): a is Area => a !== null) };
  };
}
