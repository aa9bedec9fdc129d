import type { CellValue } from "../core/grid/types";
import { boxAddress } from "./addresses";

/** What the add-in writes into one cell of its own sheets: a value, or a formula it built itself. */
export type OutCell = CellValue | { formula: string; numberFormat?: string } | { value: number; numberFormat: string };

const isFormula = (cell: OutCell): cell is { formula: string; numberFormat?: string } =>
  typeof cell === "object" && cell !== null && "formula" in cell;

/** Text "@" for strings, so Excel keeps them as typed; the cell's own format for numbers and formulas. */
function formatOf(cell: OutCell): string {
  if (typeof cell === "string") return "@";
  if (typeof cell === "object" && cell !== null && "numberFormat" in cell && cell.numberFormat)
    return cell.numberFormat;
  return "General";
}

function valueOf(cell: OutCell): string | number | boolean {
  if (cell === null || isFormula(cell)) return "";
  if (typeof cell !== "object") return cell;
  return "value" in cell ? cell.value : cell.error;
}

/**
 * Queues a block of cells whose top-left cell is (`top`, `left`), 1-based: number formats first, then
 * the values, so a string in a text cell stays text (a name starting with = + - @ never becomes a
 * formula); then the add-in's own formulas, the only strings ever written through `formulas`. No sync.
 */
export function writeCells(
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: readonly (readonly OutCell[])[],
): void {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || width === 0) return;
  const padded = rows.map((r) => [...r, ...Array<OutCell>(width - r.length).fill(null)]);
  const range = sheet.getRange(boxAddress({ top, left, bottom: top + padded.length - 1, right: left + width - 1 }));
  range.numberFormat = padded.map((r) => r.map(formatOf));
  range.values = padded.map((r) => r.map(valueOf));
  padded.forEach((r, i) =>
    r.forEach((cell, j) => {
      if (isFormula(cell))
        sheet.getRange(boxAddress({ top: top + i, left: left + j, bottom: top + i, right: left + j })).formulas = [
          [cell.formula],
        ];
    }),
  );
}
