import { type HeaderCells, isFormLabel } from "./header-cells";
import { fieldOfKey } from "./header-match";
import type { Area } from "../grid/types";
import type { RosterColumn } from "./types";

/** A header reading: the recognised columns in column order (duplicates included) and every headed column. */
export interface HeaderReading {
  top: number;
  bottom: number;
  claims: RosterColumn[];
  headed: number[];
}

/** Reads one row as a header; a header merged across columns heads each of them. */
export function readOneRowHeader(cells: HeaderCells, merges: readonly Area[]): HeaderReading {
  const claims: RosterColumn[] = [];
  const headed: number[] = [];
  const merged = (c: number) =>
    merges.some((m) => m.top <= cells.row && cells.row <= m.bottom && m.left <= c && c <= m.right);
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
