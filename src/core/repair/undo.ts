import type { CellValue } from "../grid/types";
import type { CellWrite, Repair } from "./types";
import { valueKey } from "./value-key";

/** What a cell showed: its value, number format and font name as the host read them. */
export interface CellState {
  value: CellValue;
  numberFormat: string | null;
  font: string | null;
}

/** What a repair left in a cell: the value only as its key (valueKey), since undo never writes it back. */
export interface AfterState {
  key: string;
  numberFormat: string | null;
  font: string | null;
}

export interface UndoCell {
  address: string;
  before: CellState;
  after: AfterState;
}

/**
 * What a batch of repairs changed on one sheet, kept in the workbook so that the repairs can be undone
 * after the file was saved and opened again (Excel's own undo does not cover an add-in's changes).
 */
export interface UndoRecord {
  id: string;
  sheet: string;
  /** When the repairs were written, ISO 8601. */
  at: string;
  cells: UndoCell[];
}

/** `formatOf` gives each repaired cell's number format and font as read just before the repairs were written. */
export function createUndoRecord(
  id: string,
  sheet: string,
  at: Date,
  repairs: readonly Repair[],
  formatOf: (repair: Repair) => { numberFormat: string | null; font: string | null },
): UndoRecord {
  const cells = repairs.map((repair): UndoCell => {
    const { numberFormat, font } = formatOf(repair);
    return {
      address: repair.cell,
      before: { value: repair.before, numberFormat, font },
      after: {
        key: valueKey(repair.after),
        numberFormat: repair.numberFormat ?? numberFormat,
        font: repair.font ?? font,
      },
    };
  });
  return { id, sheet, at: at.toISOString(), cells };
}

/**
 * The writes that put repaired cells back as they were: value, and the format and font wherever the
 * repair changed them (the rest of the cell's formatting was never touched). Strings are text.
 */
export function undoRepairs(cells: readonly UndoCell[]): CellWrite[] {
  return cells.map(({ address, before, after }) => {
    const write: CellWrite = { address, value: before.value };
    if (after.numberFormat !== before.numberFormat) write.numberFormat = before.numberFormat;
    if (after.font !== before.font) write.font = before.font;
    return write;
  });
}

export interface UndoPlan {
  /** Cells changed again since the repair: undoing would overwrite the user's later edit. */
  conflicts: string[];
  /** Cells still holding what the repair wrote: the ones to put back. */
  cells: UndoCell[];
}

/**
 * Sorts the record's cells by what they hold now: what the repair wrote (to undo), what they held before
 * it (never written, when a repair stopped half-way: nothing to do), or anything else (a conflict).
 */
export function planUndo(record: UndoRecord, current: (address: string) => CellValue): UndoPlan {
  const plan: UndoPlan = { conflicts: [], cells: [] };
  for (const cell of record.cells) {
    const key = valueKey(current(cell.address));
    if (key === cell.after.key) plan.cells.push(cell);
    else if (key !== valueKey(cell.before.value)) plan.conflicts.push(cell.address);
  }
  return plan;
}
