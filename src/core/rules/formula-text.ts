import { defineRule } from "./define";

/**
 * Text that Excel would read as a formula if typed, pasted or exported again: starting with "=", "+" or
 * "@", or "-" followed by a letter, "(" or "=". A lone "-" or a negative number kept as text ("-5") stays
 * what it is, so it is left alone.
 */
export const formulaText = defineRule({
  id: "formula-text",
  severity: "warning",
  scope: "cell",
  on: "text",
  params: { start: ["=", "+", "@", "-"] },
  check(cell, out) {
    const text = cell.text?.text;
    if (text === undefined || text === "") return;
    const first = text[0];
    const risky = first === "=" || first === "+" || first === "@" || (first === "-" && /^-[\p{L}(=]/u.test(text));
    if (risky)
      out.push({
        rule: "formula-text",
        row: cell.row,
        col: cell.col,
        field: cell.field,
        value: cell.value,
        params: { start: first },
      });
  },
});
