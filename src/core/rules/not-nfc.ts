import { defineRule } from "./define";

/**
 * Unicode text stored decomposed (NFD, or Unikey's "tổ hợp"): it looks right but compares unequal, so
 * lookups and duplicate checks miss it. Legacy-encoded text is reported as such instead.
 */
export const notNfc = defineRule({
  id: "not-nfc",
  severity: "warning",
  scope: "cell",
  on: "text",
  params: {},
  check(cell, out) {
    const text = cell.text;
    if (text === null || text.ascii || text.legacy !== null || text.nfc === text.text) return;
    out.push({
      rule: "not-nfc",
      row: cell.row,
      col: cell.col,
      field: cell.field,
      value: cell.value,
      params: {},
      fix: text.nfc,
    });
  },
});
