import { forgetUndo, readUndoRecord, type StoredUndo, undoConflicts, undoRepairs } from "../core/repair";
import { toCellValue } from "./cell-values";
import { valueToWrite } from "./cell-text";
import { FREEZE_ID_PREFIX } from "./freeze-formulas";
import { queueSettingChanges, queueUndoIndex } from "./undo-settings";

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

/**
 * Puts back exactly what the newest recorded repair changed (value, number format, font name; the formulas
 * of frozen CADRE cells) and drops its record. Refuses, changing nothing, when a repaired cell no longer holds what the repair wrote: undoing
 * would overwrite the user's later edit. Four syncs.
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
  const dropRecord = () => {
    queueSettingChanges(context, forget.set, [])();
    // The pieces found were just read, so deleting them cannot fail the batch.
    for (const item of pieces.values()) if (!item.isNullObject) item.delete();
  };
  if (record === null || worksheet.isNullObject) {
    dropRecord();
    await context.sync();
    return { status: "lost", sheet: entry.sheet };
  }

  const ranges = new Map(
    record.cells.map((cell) => [cell.address, worksheet.getRange(cell.address).load("values,valueTypes")]),
  );
  await context.sync();
  const conflicts = undoConflicts(record, (address) => {
    const range = ranges.get(address);
    return range ? toCellValue(range.values[0][0], range.valueTypes[0][0]) : null;
  });
  if (conflicts.length > 0) return { status: "conflict", sheet: entry.sheet, cells: conflicts };

  const formatAfterUndo = new Map(record.cells.map((cell) => [cell.address, cell.before.numberFormat]));
  const formulas = record.id.startsWith(FREEZE_ID_PREFIX);
  for (const write of undoRepairs(record)) {
    const range = worksheet.getRange(write.address);
    if (write.numberFormat !== undefined && write.numberFormat !== null) range.numberFormat = [[write.numberFormat]];
    if (write.font !== undefined && write.font !== null) range.format.font.name = write.font;
    if (formulas && typeof write.value === "string" && write.value.startsWith("=")) range.formulas = [[write.value]];
    else range.values = [[valueToWrite(write.value, formatAfterUndo.get(write.address) ?? null)]];
  }
  dropRecord();
  await context.sync();
  return { status: "done", sheet: entry.sheet, cells: record.cells.length };
}
