import type { CellRule } from "./types";

/** Text typed in TCVN3 (ABC) or VNI; the fix is the Unicode text it stands for (upper-cased for an H font). */
export const legacyEncoding: CellRule = {
  id: "legacy-encoding",
  severity: "error",
  scope: "cell",
  on: "text",
  check(cell, out) {
    const legacy = cell.text?.legacy;
    if (!legacy) return;
    out.push({
      rule: "legacy-encoding",
      row: cell.row,
      col: cell.col,
      field: cell.field,
      value: cell.value,
      params: { encoding: legacy.encoding, unicode: legacy.unicode },
      fix: legacy.unicode,
    });
  },
};
