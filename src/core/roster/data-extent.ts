import type { CellValue } from "../grid/types";
import { isBlank } from "../grid/types";
import { footerKind } from "./footer";

/** Where the data may lie: rows `first`…`last` and columns `left`…`right` (`right` null for whole rows). */
export interface DataBounds {
  first: number;
  last: number;
  left: number;
  right: number | null;
  nameCol: number | null;
  sttCol: number | null;
}

const NO_CELLS: readonly CellValue[] = [];

/**
 * A row is a footer when a cell opens a totals line, a signature block or a place-and-date line. A row
 * with a name that is no footer text is a data row: signature and date lines sit in rows without names.
 */
function isFooterRow(cells: readonly CellValue[], b: DataBounds): boolean {
  const name = b.nameCol === null ? null : cells[b.nameCol];
  if (typeof name === "string" && !isBlank(name)) return footerKind(name) !== null;
  const right = Math.min(b.right ?? Infinity, cells.length - 1);
  for (let c = b.left; c <= right; c++) {
    const value = cells[c];
    if (typeof value === "string" && footerKind(value) !== null) return true;
  }
  return false;
}

/** Nothing in the row but, perhaps, its STT number. */
function isVacant(cells: readonly CellValue[], b: DataBounds): boolean {
  const right = Math.min(b.right ?? Infinity, cells.length - 1);
  for (let c = b.left; c <= right; c++) if (c !== b.sttCol && !isBlank(cells[c])) return false;
  return true;
}

/**
 * The last data row: the data stops above the first footer row (totals, signatures, place-and-date),
 * and trailing rows holding nothing but an STT number are trimmed. Less than `first` when there is no data.
 */
export function lastDataRow(values: readonly (readonly CellValue[])[], b: DataBounds): number {
  let end = b.last;
  for (let r = b.first; r <= b.last; r++) {
    if (isFooterRow(values[r] ?? NO_CELLS, b)) {
      end = r - 1;
      break;
    }
  }
  while (end >= b.first && isVacant(values[end] ?? NO_CELLS, b)) end--;
  return end;
}
