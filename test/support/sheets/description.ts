import { columnLetter, parseA1 } from "../../../src/core/grid/address";
import type { CellResult, SheetCell, SheetDescription } from "../../../src/core/sheets";

/** Tests only: the described cell at an A1 address, null when empty. */
export function cellAt(sheet: SheetDescription, address: string): SheetCell | null {
  const at = parseA1(address);
  if (!at) throw new Error(`not an address: ${address}`);
  return sheet.rows[at.row - 1]?.[at.column - 1] ?? null;
}

/** Tests only: what a range shows (a formula's computed result), row by row; empty cells are null. */
export function shownValues(sheet: SheetDescription, range: string): CellResult[][] {
  const [from, to = from] = range.split(":").map((a) => parseA1(a));
  if (!from || !to) throw new Error(`not a range: ${range}`);
  return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
    Array.from({ length: to.column - from.column + 1 }, (_, c) => {
      const value = sheet.rows[from.row - 1 + r]?.[from.column - 1 + c]?.value ?? null;
      return value === "" ? null : value;
    }),
  );
}

/** Tests only: every described cell, with its address. */
export function allCells(sheet: SheetDescription): { address: string; cell: SheetCell }[] {
  return sheet.rows.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell ? [{ address: `${columnLetter(c + 1)}${r + 1}`, cell }] : [])),
  );
}
