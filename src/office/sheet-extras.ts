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
 * Rows from the top of the area searched for merged cells: merges matter to the engine in the header.
 */
export const MERGE_ROWS = 100;

/**
 * Excel refuses `getMergedAreasOrNullObject` on a range holding more than 512 merged areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1));
 * a merged area takes at least one cell of each block it touches, so a block of 512 cells never holds more.
 */
export const MERGE_BLOCK_CELLS = 512;

/** The zone in blocks of at most MERGE_BLOCK_CELLS cells: whole rows where a row fits, else pieces of rows. */
export function mergeBlocks(zone: CellBox): CellBox[] {
  const width = zone.right - zone.left + 1;
  const columns = Math.min(width, MERGE_BLOCK_CELLS);
  const rows = Math.max(1, Math.floor(MERGE_BLOCK_CELLS / columns));
  const blocks: CellBox[] = [];
  for (let top = zone.top; top <= zone.bottom; top += rows)
    for (let left = zone.left; left <= zone.right; left += columns)
      blocks.push({
        top,
        left,
        bottom: Math.min(zone.bottom, top + rows - 1),
        right: Math.min(zone.right, left + columns - 1),
      });
  return blocks;
}

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
    ? mergeBlocks(headerZone).map((block) =>
        area.worksheet.getRange(boxAddress(block)).getMergedAreasOrNullObject().load("address"),
      )
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
    // A merged area across blocks is reported by each: once is enough.
    const boxes = new Map(
      merged.flatMap((found) => (found.isNullObject ? [] : areaBoxes(found.address))).map((b) => [boxAddress(b), b]),
    );
    return { tables, merges: [...boxes.values()].map(inGrid).filter((a): a is Area => a !== null) };
  };
}
