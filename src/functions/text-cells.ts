import { toUnicode, vnKey } from "../core/text";
import { type Matrix } from "./broadcast";
import { readText } from "./read-cell";

/** Text converted to Unicode; numbers and TRUE/FALSE stay what they are, blanks stay blank. */
export function unicodeCell(value: unknown): string | number | boolean {
  if (typeof value === "string") return toUnicode(value);
  return typeof value === "number" || typeof value === "boolean" ? value : "";
}

export function keyCell(value: unknown): string {
  return vnKey(readText(value));
}

/** How many cells of a range share each matching key; blank cells share none. */
export function keyCounts(range: Matrix): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const row of range) {
    for (const cell of row) {
      const key = vnKey(readText(cell));
      if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

export function countMatches(counts: ReadonlyMap<string, number>, value: unknown): number {
  const key = vnKey(readText(value));
  return key === "" ? 0 : (counts.get(key) ?? 0);
}
