import type { SheetInput } from "../core/grid/types";
import type { Capabilities } from "./capabilities";
import { readBlocks } from "./read-blocks";
import { type CheckTarget, locateArea } from "./sheet-area";
import { type Extras, type Grid, queueExtras } from "./sheet-extras";

export { ReadCancelled } from "./read-blocks";

export interface ReadOptions {
  caps: Capabilities;
  /** Fixed rows per block; computed from the column count by default. */
  blockRows?: number;
  /** Rows searched for merged header cells (see MERGE_ROWS). */
  mergeRows?: number;
  onProgress?(done: number, total: number): void;
  /** Set `cancelled` to stop between blocks; the read then rejects with ReadCancelled. */
  signal?: { cancelled: boolean };
}

/**
 * The sheet (or table) as the engine's input. Syncs: one to find the used range and the tables,
 * then one per block of rows (the tables' ranges and merged cells ride with the first block).
 * Only reads: nothing in the workbook changes.
 */
export async function readSheet(
  context: Excel.RequestContext,
  target: CheckTarget,
  options: ReadOptions,
): Promise<SheetInput> {
  const area = await locateArea(context, target);
  const box = area.box;
  if (!box) return { name: area.name, values: [], origin: { row: 1, col: 1 }, tables: [] };

  const withFonts = options.caps.cellProperties;
  const pending: { collect?: (grid: Grid) => Extras } = {};
  const layers = await readBlocks(context, area.worksheet, box, { ...options, withFonts }, () => {
    pending.collect = queueExtras(area, box, options.caps.mergedAreas, options.mergeRows);
  });
  const grid: Grid = {
    origin: { row: box.top, col: box.left },
    rows: layers.values.length,
    columns: box.right - box.left + 1,
  };
  const extras = pending.collect?.(grid) ?? { tables: [] };

  return {
    name: area.name,
    values: layers.values,
    origin: grid.origin,
    numberFormats: layers.numberFormats,
    ...(layers.fonts ? { fonts: layers.fonts } : {}),
    ...(extras.merges ? { merges: extras.merges } : {}),
    tables: extras.tables,
  };
}
