import { defineRule } from "./define";

/** Text typed in TCVN3 (ABC) or VNI; the fix is the Unicode text it stands for (upper-cased for an H font). */
export const legacyEncoding = defineRule({
  id: "legacy-encoding",
  severity: "error",
  scope: "cell",
  on: "text",
  params: { encoding: ["tcvn3", "vni"], unicode: "text" },
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
});
