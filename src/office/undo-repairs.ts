import { parseA1 } from "../core/grid";
import { forgetUndo, planUndo, readUndoRecord, type StoredUndo, type UndoCell, undoRepairs } from "../core/repair";
import { valueToWrite } from "./cell-text";
import { type CellWriteOut, plannedWrites } from "./cell-writes";
import { FREEZE_ID_PREFIX } from "./freeze-id";
import { readCells } from "./read-cells";
import { jsonBytes } from "./request-size";
import { queueUndoIndex, writeWithSettings } from "./undo-settings";

export type UndoOutcome =
  /** No repair is recorded in the workbook. */
  | { status: "none" }
  /** Cells changed by the user since the repair: nothing was undone, the record is kept. */
  | { status: "conflict"; sheet: string; cells: string[] }
  /** The record's sheet is gone or the record is damaged: it was dropped, nothing was written. */
  | { status: "lost"; sheet: string }
  | { status: "done"; sheet: string; cells: number };

/** The newest repair that can be undone, null when none is recorded. One sync. */
export async function lastRepair(context: Excel.RequestContext): Promise<StoredUndo | null> {
  const index = queueUndoIndex(context);
  await context.sync();
  return index().at(-1) ?? null;
}

interface Placed {
  cell: UndoCell;
  row: number;
  col: number;
}

/** The cells to write back: values first, then the formulas of frozen CADRE cells, so a formula goes back
 * only after the cells it spills into are empty again (else it would show #SPILL!). */
function undoWrites(cells: readonly UndoCell[], frozen: boolean) {
  const writes = undoRepairs(cells);
  const out = cells.flatMap((cell, i): CellWriteOut[] => {
    const at = parseA1(cell.address);
    if (!at) return [];
    const write = writes[i];
    const formula = frozen && typeof write.value === "string" && write.value.startsWith("=");
    return [
      {
        row: at.row,
        col: at.column,
        value: formula ? String(write.value) : valueToWrite(write.value, cell.before.numberFormat),
        ...(formula ? { formula } : {}),
        ...(write.numberFormat === undefined || write.numberFormat === null
          ? {}
          : { numberFormat: write.numberFormat }),
        ...(write.font === undefined || write.font === null ? {} : { font: write.font }),
      },
    ];
  });
  return [...plannedWrites(out.filter((w) => !w.formula)), ...plannedWrites(out.filter((w) => w.formula))];
}

/**
 * Puts back exactly what the newest recorded repair changed (value, number format, font name; the formulas
 * of frozen CADRE cells, after emptying the cells they spilled into) and drops its record. Refuses, changing
 * nothing, when a repaired cell holds neither what the repair wrote nor what it replaced: undoing would
 * overwrite the user's later edit. Cells read and written in runs down a column, each request within the
 * web's limit: four syncs for 20,000 cells down one column.
 */
export async function undoLastRepair(context: Excel.RequestContext): Promise<UndoOutcome> {
  const readIndex = queueUndoIndex(context);
  await context.sync();
  const index = readIndex();
  const entry = index.at(-1);
  if (entry === undefined) return { status: "none" };

  const pieces = new Map(
    entry.keys.map((key) => [key, context.workbook.settings.getItemOrNullObject(key).load("value")]),
  );
  const worksheet = context.workbook.worksheets.getItemOrNullObject(entry.sheet);
  await context.sync();
  const record = readUndoRecord(entry, (key) => {
    const item = pieces.get(key);
    return item === undefined || item.isNullObject ? undefined : item.value;
  });
  const forget = forgetUndo(index, entry.id);
  const changes = {
    set: forget.set,
    remove: [],
    removeFound: [...pieces].filter(([, item]) => !item.isNullObject).map(([key]) => key),
  };
  if (record === null || worksheet.isNullObject) {
    await writeWithSettings(context, changes, []);
    return { status: "lost", sheet: entry.sheet };
  }

  const placed = record.cells.flatMap((cell): Placed[] => {
    const at = parseA1(cell.address);
    return at ? [{ cell, row: at.row, col: at.column }] : [];
  });
  const now = await readCells(context, worksheet, entry.sheet, placed, {
    spills: false,
    cellProperties: false,
    needsFont: () => false,
    valueBytes: (item) => jsonBytes(item.cell.before.value),
  });
  const byAddress = new Map(placed.map((item) => [item.cell.address, now.get(item)?.value ?? null]));
  const plan = planUndo(record, (address) => byAddress.get(address) ?? null);
  if (plan.conflicts.length > 0) return { status: "conflict", sheet: entry.sheet, cells: plan.conflicts };

  const writes = undoWrites(plan.cells, record.id.startsWith(FREEZE_ID_PREFIX));
  await writeWithSettings(
    context,
    changes,
    writes.map((write) => ({ worksheet, sheet: entry.sheet, write })),
  );
  return { status: "done", sheet: entry.sheet, cells: plan.cells.length };
}
