import { type Cell, CellError } from "./cell-error";
import { errorText } from "./error-text";

export type Matrix = readonly (readonly unknown[])[];

/** Marks the cells an input does not reach. */
const MISSING = Symbol("missing");

/** A range argument as a matrix; a lone value (or a missing optional argument) as a 1×1 one. */
export function asMatrix(value: unknown): Matrix {
  if (!Array.isArray(value) || value.length === 0) return [[value ?? null]];
  return value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/**
 * Applies `compute` cell by cell the way Excel's array arithmetic does: the result is as tall as the
 * tallest input and as wide as the widest; an input one row high (or one column wide, or a single
 * value) repeats along that side; where another input runs out the result is #N/A.
 */
export function broadcast<T>(inputs: readonly Matrix[], compute: (cells: unknown[]) => Cell<T>): Cell<T>[][] {
  const height = Math.max(...inputs.map((m) => m.length));
  const width = Math.max(...inputs.map((m) => Math.max(...m.map((row) => row.length))));
  const result: Cell<T>[][] = [];
  for (let r = 0; r < height; r += 1) {
    const row: Cell<T>[] = [];
    for (let c = 0; c < width; c += 1) {
      const cells = inputs.map((m) => pick(m, r, c));
      row.push(cells.includes(MISSING) ? CellError.notAvailable(errorText("sizeMismatch")) : compute(cells));
    }
    result.push(row);
  }
  return result;
}

function pick(m: Matrix, r: number, c: number): unknown {
  const row = m.length === 1 ? m[0] : m[r];
  if (row === undefined) return MISSING;
  const i = row.length === 1 ? 0 : c;
  return i < row.length ? row[i] : MISSING;
}
