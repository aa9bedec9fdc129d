import type { Area } from "../grid/types";
import { type HeaderCells, isFormLabel } from "./header-cells";
import type { HeaderReading } from "./header-one-row";
import { fieldOfKey, fieldOfSubHeader } from "./header-match";
import type { FieldId, RosterColumn } from "./types";

function covers(area: Area, row: number, col: number): boolean {
  return area.top <= row && row <= area.bottom && area.left <= col && col <= area.right;
}

/**
 * For each column, the column of the parent header above it in the upper row, or -1. A parent is a
 * merged area of the upper row alone, or (when the host gives no merges) a cell followed by blank
 * cells in the upper row, each above a sub-header.
 */
function parentColumns(upper: HeaderCells, lower: HeaderCells, merges: readonly Area[]): number[] {
  const parent: number[] = upper.keys.map(() => -1);
  for (const m of merges) {
    if (m.top !== upper.row || m.bottom !== upper.row || m.right <= m.left) continue;
    for (let c = Math.max(m.left, upper.left); c <= Math.min(m.right, upper.right); c++) parent[c] = m.left;
  }
  const merged = (c: number) => merges.some((m) => covers(m, upper.row, c));
  for (let c = upper.left; c <= upper.right; c++) {
    if (parent[c] !== -1 || upper.keys[c] == null || lower.keys[c] == null || merged(c)) continue;
    let k = c + 1;
    while (k <= upper.right && upper.keys[k] == null && lower.keys[k] != null && parent[k] === -1 && !merged(k)) {
      parent[k++] = c;
    }
    if (k > c + 1) parent[c] = c;
  }
  return parent;
}

/**
 * Reads two rows as one header: sub-headers under a parent take their field from the parent's group
 * ("Ngày, tháng, năm sinh" → "Nam" | "Nữ"), and a column merged down both rows (or blank below)
 * takes the upper text.
 */
export function readTwoRowHeader(upper: HeaderCells, lower: HeaderCells, merges: readonly Area[]): HeaderReading {
  const parent = parentColumns(upper, lower, merges);
  const claims: RosterColumn[] = [];
  const headed: number[] = [];
  const mergedDown = (c: number) =>
    merges.some((m) => m.top === upper.row && m.bottom > upper.row && covers(m, upper.row, c));
  const inHeaderMerge = (c: number) => merges.some((m) => covers(m, upper.row, c) || covers(m, lower.row, c));
  for (let c = upper.left; c <= upper.right; c++) {
    const upKey = upper.keys[c];
    const lowKey = mergedDown(c) ? null : lower.keys[c];
    if (upKey == null && lowKey == null) {
      if (inHeaderMerge(c)) headed.push(c);
      continue;
    }
    headed.push(c);
    let field: FieldId | null;
    let header: string;
    if (lowKey == null) {
      field = isFormLabel(upper, c) ? null : fieldOfKey(upKey ?? "");
      header = upper.texts[c] ?? "";
    } else {
      const p = parent[c];
      const parentKey = p >= 0 ? upper.keys[p] : upKey;
      const parentText = p >= 0 ? upper.texts[p] : upper.texts[c];
      const lowText = lower.texts[c] ?? "";
      field = isFormLabel(lower, c) ? null : fieldOfSubHeader(parentKey ?? null, lowKey);
      header = parentText && parentText !== lowText ? `${parentText} / ${lowText}` : lowText;
      if (!field && p === -1 && upKey != null && !isFormLabel(upper, c)) {
        field = fieldOfKey(upKey);
        header = upper.texts[c] ?? "";
      }
    }
    if (field) claims.push({ field, col: c, header });
  }
  return { top: upper.row, bottom: lower.row, claims, headed };
}
