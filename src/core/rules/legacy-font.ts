import { defineRule } from "./define";

/**
 * Unicode text in a TCVN3 or VNI font ("Nông Minh Hùng" in .VnTime): the text is right and is left as it
 * is, but it shows wrongly wherever that font is used, and the next person to type in the cell types legacy
 * text. The font should be changed; the text needs no repair.
 */
export const legacyFont = defineRule({
  id: "legacy-font",
  severity: "info",
  scope: "cell",
  on: "text",
  params: {},
  check(cell, out) {
    if (!cell.text?.legacyFont) return;
    out.push({ rule: "legacy-font", row: cell.row, col: cell.col, field: cell.field, value: cell.value, params: {} });
  },
});
