import type { CellValue } from "../grid/types";
import type { CellWrite, Repair } from "./types";

/** What a cell showed: its value, number format and font name as the host read them. */
export interface CellState {
  value: CellValue;
  numberFormat: string | null;
  font: string | null;
}

export interface UndoCell {
  address: string;
  before: CellState;
  after: CellState;
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
      after: { value: repair.after, numberFormat: repair.numberFormat ?? numberFormat, font: repair.font ?? font },
    };
  });
  return { id, sheet, at: at.toISOString(), cells };
}

/**
 * The writes that put every repaired cell back as it was: value, and the format and font wherever the
 * repair changed them (the rest of the cell's formatting was never touched). Strings are text.
 */
export function undoRepairs(record: UndoRecord): CellWrite[] {
  return record.cells.map(({ address, before, after }) => {
    const write: CellWrite = { address, value: before.value };
    if (after.numberFormat !== before.numberFormat) write.numberFormat = before.numberFormat;
    if (after.font !== before.font) write.font = before.font;
    return write;
  });
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return typeof a === "object" && a !== null && typeof b === "object" && b !== null ? a.error === b.error : a === b;
}

/** Cells changed again since the repair (undoing would overwrite the user's later edit): their addresses. */
export function undoConflicts(record: UndoRecord, current: (address: string) => CellValue): string[] {
  return record.cells.filter((cell) => !sameValue(current(cell.address), cell.after.value)).map((cell) => cell.address);
}
