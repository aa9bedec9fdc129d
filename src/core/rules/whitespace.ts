import { tidySpaces } from "../text";
import { defineRule } from "./define";

/**
 * Leading, trailing or doubled spaces. The fix starts from the repaired text (decoded, NFC), so applying
 * it last leaves the cell fully right whatever other fixes the cell has.
 */
export const whitespace = defineRule({
  id: "whitespace",
  severity: "info",
  scope: "cell",
  on: "text",
  params: {},
  check(cell, out) {
    const text = cell.text;
    if (text === null || text.tidy === null) return;
    out.push({
      rule: "whitespace",
      row: cell.row,
      col: cell.col,
      field: cell.field,
      value: cell.value,
      params: {},
      fix: tidySpaces(text.repaired) ?? text.repaired,
    });
  },
});
