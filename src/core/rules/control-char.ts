import { controlCharsOf, hasControlChars, removeControlChars, tidySpaces } from "../text";
import { defineRule } from "./define";

/**
 * Control characters in a cell's text (an escape code pasted from a terminal, a bell from an old
 * system): invisible in Excel, they make equal texts compare unequal and can drive a terminal the text is
 * printed in. The fix is the repaired text (decoded, NFC) without them, its spaces tidied, so that taking
 * them out leaves no doubled space behind.
 */
export const controlChar = defineRule({
  id: "control-char",
  severity: "warning",
  scope: "cell",
  on: "text",
  params: { chars: "text" },
  check(cell, out) {
    const text = cell.text;
    if (text === null || text.ascii || !hasControlChars(text.text)) return;
    const removed = removeControlChars(text.repaired);
    out.push({
      rule: "control-char",
      row: cell.row,
      col: cell.col,
      field: cell.field,
      value: cell.value,
      params: { chars: controlCharsOf(text.text).join(" ") },
      fix: tidySpaces(removed) ?? removed,
    });
  },
});
