import type { CellValue } from "../grid/types";
import type { CellState, UndoCell, UndoRecord } from "./undo";

function isCellValue(value: unknown): value is CellValue {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  return typeof value === "object" && typeof (value as { error?: unknown }).error === "string";
}

const textOrNull = (value: unknown): value is string | null => value === null || typeof value === "string";

/** A cell as stored: one flat array, since every quoted key would cost 7 bytes in the file. */
type StoredCell = [string, CellValue, string | null, string | null, CellValue, string | null, string | null];

/** The record in the form kept in the file. */
export function toStored(record: UndoRecord): unknown {
  const cells = record.cells.map(({ address, before, after }): StoredCell => [
    address,
    before.value,
    before.numberFormat,
    before.font,
    after.value,
    after.numberFormat,
    after.font,
  ]);
  return { id: record.id, sheet: record.sheet, at: record.at, cells };
}

function state(value: unknown, numberFormat: unknown, font: unknown): CellState | null {
  return isCellValue(value) && textOrNull(numberFormat) && textOrNull(font) ? { value, numberFormat, font } : null;
}

/** The record back from its stored form; null when anything in it has the wrong shape (files can be edited by anyone). */
export function fromStored(value: unknown): UndoRecord | null {
  if (typeof value !== "object" || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.id !== "string" || typeof r.sheet !== "string" || typeof r.at !== "string" || !Array.isArray(r.cells))
    return null;
  const cells: UndoCell[] = [];
  for (const cell of r.cells as unknown[]) {
    if (!Array.isArray(cell) || cell.length !== 7 || typeof cell[0] !== "string") return null;
    const before = state(cell[1], cell[2], cell[3]);
    const after = state(cell[4], cell[5], cell[6]);
    if (before === null || after === null) return null;
    cells.push({ address: cell[0], before, after });
  }
  return { id: r.id, sheet: r.sheet, at: r.at, cells };
}
