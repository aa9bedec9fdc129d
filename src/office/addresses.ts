import { a1, parseA1 } from "../core/grid";
import type { Area } from "../core/grid/types";

/** 1-based, inclusive rectangle of Excel rows and columns. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "'Kết quả'!B3:D9" → "B3:D9": the part after the sheet name (addresses hold no "!"). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** "B3:D9" or "B3" → its box; null for anything else (whole rows or columns included). */
export function parseBox(address: string): CellBox | null {
  const [first, second, extra] = localAddress(address).split(":");
  const a = parseA1(first);
  const b = second === undefined ? a : parseA1(second);
  if (!a || !b || extra !== undefined || Number.isNaN(a.column) || Number.isNaN(b.column)) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function boxAddress(box: CellBox): string {
  const first = a1(box.top, box.left);
  const last = a1(box.bottom, box.right);
  return first === last ? first : `${first}:${last}`;
}

/**
 * The areas of a RangeAreas address ("Sheet1!A1:B2, Sheet1!D4"): each reference after a "!" and
 * before a separator. Sheet names may hold commas, so the list is not split on them.
 */
export function areaBoxes(address: string): CellBox[] {
  const refs = address.matchAll(/!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?=\s*(?:[,;]|$))/g);
  return [...refs].map((m) => parseBox(m[1])).filter((box): box is CellBox => box !== null);
}

/** The box in the 0-based grid coordinates of a SheetInput whose top-left cell is `origin`, clipped to it; null outside. */
export function toGridArea(
  box: CellBox,
  origin: { row: number; col: number },
  rows: number,
  columns: number,
): Area | null {
  const area = {
    top: Math.max(box.top - origin.row, 0),
    left: Math.max(box.left - origin.col, 0),
    bottom: Math.min(box.bottom - origin.row, rows - 1),
    right: Math.min(box.right - origin.col, columns - 1),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

export function boxesOverlap(a: CellBox, b: CellBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
