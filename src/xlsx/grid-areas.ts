import { parseA1 } from "../core/grid/address";
import type { Area } from "../core/grid/types";

/** A range in Excel's 1-based rows and columns; the used range of a sheet is one. */
export interface UsedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel-coordinates range as a 0-based grid area, clipped to the grid; null when wholly outside. */
export function toGridArea(area: UsedRange, used: UsedRange): Area | null {
  const top = Math.max(area.top, used.top) - used.top;
  const left = Math.max(area.left, used.left) - used.left;
  const bottom = Math.min(area.bottom, used.bottom) - used.top;
  const right = Math.min(area.right, used.right) - used.left;
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** "B2:D9" (or one cell, "B2") as a range; null when it is not one. */
export function rangeOf(ref: string): UsedRange | null {
  const [from, to = from] = ref.split(":").map(parseA1);
  return from && to ? { top: from.row, left: from.column, bottom: to.row, right: to.column } : null;
}

export function rangeCells(range: UsedRange | null): number {
  return range ? (range.bottom - range.top + 1) * (range.right - range.left + 1) : 0;
}
