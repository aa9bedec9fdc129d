import { type HeaderCells, isFormLabel } from "./header-cells";
import { fieldOfKey } from "./header-match";
import type { Area } from "../grid/types";
import { mergeCovering } from "../grid/merge-cover";
import type { DatePart, FieldId } from "./types";

/** A column a header names: its field, and the piece of a date it holds when the date is split. */
export interface HeaderClaim {
  field: FieldId;
  col: number;
  header: string;
  part?: DatePart;
}

/** A header reading: the recognised columns in column order (duplicates included) and every headed column. */
export interface HeaderReading {
  top: number;
  bottom: number;
  claims: HeaderClaim[];
  headed: number[];
}

/** Reads one row as a header; a header merged across columns heads each of them. */
export function readOneRowHeader(cells: HeaderCells, merges: readonly Area[]): HeaderReading {
  const claims: HeaderClaim[] = [];
  const headed: number[] = [];
  const merged = (c: number) => mergeCovering(merges, cells.row, c) !== undefined;
  for (let c = cells.left; c <= cells.right; c++) {
    const key = cells.keys[c];
    if (key == null) {
      if (merged(c)) headed.push(c);
      continue;
    }
    headed.push(c);
    const field = isFormLabel(cells, c) ? null : fieldOfKey(key);
    if (field) claims.push({ field, col: c, header: cells.texts[c] ?? "" });
  }
  return { top: cells.row, bottom: cells.row, claims, headed };
}
