import type { CellValue } from "../core/grid/types";
import type { Language } from "../core/report/types";
import { createUndoRecord, planUndoStore, type Repair, type StoredUndo, undoStoreMessage } from "../core/repair";
import type { Capabilities } from "./capabilities";
import { valueToWrite } from "./cell-text";
import { plannedWrites } from "./cell-writes";
import { jsonBytes } from "./request-size";
import { readCells } from "./read-cells";
import { queueUndoIndex, writeWithSettings } from "./undo-settings";

export interface RepairOptions {
  lang: Language;
  caps: Pick<Capabilities, "spills" | "cellProperties">;
  /** When the repairs are written (recorded for undo); now by default. */
  now?: Date;
}

export interface RepairResult {
  /** Cells written. */
  repaired: number;
  /** Cells left alone because their value changed since the check. */
  stale: string[];
  /** Cells left alone because Excel computes them (a formula, or a formula's spilled result). */
  computed: string[];
  /** The undo record's id, null when nothing was written. */
  undoId: string | null;
  /** Which earlier repairs can no longer be undone to make room, if any. */
  notice: string | null;
}

/** The repairs were not written: the undo record would not fit in the workbook. */
export class RepairRefused extends Error {}

function sameValue(a: CellValue, b: CellValue): boolean {
  return typeof a === "object" && a !== null && typeof b === "object" && b !== null ? a.error === b.error : a === b;
}

function newUndoId(now: Date): string {
  return `${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/**
 * Writes `repairs` on `sheetName`: only those cells, only their value (and the number format or font name a
 * repair sets). The cells' current value, number format and font are read first: a cell whose value is no
 * longer the repair's `before` is left alone, and so is a cell Excel computes (writing there would destroy a
 * formula or a spilled result); the rest are recorded in the workbook's settings so the repairs can be undone
 * after the file is reopened. Reads and writes go in runs down a column, each request within the web's
 * limit: 20,000 cells down one column take three syncs, scattered cells one more per request's worth.
 * Throws RepairRefused, having changed nothing, when the undo record cannot be stored.
 */
export async function applyRepairs(
  context: Excel.RequestContext,
  sheetName: string,
  repairs: readonly Repair[],
  options: RepairOptions,
): Promise<RepairResult> {
  const worksheet = context.workbook.worksheets.getItem(sheetName).load("name");
  let index: () => StoredUndo[] = () => [];
  const now = await readCells(context, worksheet, sheetName, repairs, {
    ...options.caps,
    needsFont: (repair) => repair.font !== undefined,
    valueBytes: (repair) => jsonBytes(repair.before),
    alongFirst: () => (index = queueUndoIndex(context)),
  });

  const stale: string[] = [];
  const computed: string[] = [];
  const fresh: Repair[] = [];
  for (const repair of repairs) {
    const cell = now.get(repair);
    if (cell?.computed) computed.push(repair.cell);
    else if (!cell || !sameValue(cell.value, repair.before)) stale.push(repair.cell);
    else fresh.push(repair);
  }
  if (fresh.length === 0) return { repaired: 0, stale, computed, undoId: null, notice: null };

  const at = options.now ?? new Date();
  const formatOf = (repair: Repair) => ({
    numberFormat: now.get(repair)?.numberFormat ?? null,
    font: now.get(repair)?.font ?? null,
  });
  const record = createUndoRecord(newUndoId(at), worksheet.name, at, fresh, formatOf);
  const plan = planUndoStore(index(), record);
  if (!plan.ok) throw new RepairRefused(undoStoreMessage(plan, options.lang) ?? "");

  const writes = plannedWrites(
    fresh.map((repair) => ({
      row: repair.row,
      col: repair.col,
      value: valueToWrite(repair.after, repair.numberFormat ?? formatOf(repair).numberFormat),
      ...(repair.numberFormat === undefined ? {} : { numberFormat: repair.numberFormat }),
      ...(repair.font === undefined ? {} : { font: repair.font }),
    })),
  );
  await writeWithSettings(
    context,
    plan,
    writes.map((write) => ({ worksheet, sheet: sheetName, write })),
  );
  return {
    repaired: fresh.length,
    stale,
    computed,
    undoId: record.id,
    notice: undoStoreMessage(plan, options.lang),
  };
}
