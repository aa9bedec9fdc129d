import { defineRule } from "./define";

/** A value in a data row under no header: data the roster does not account for. */
export const orphanValue = defineRule({
  id: "orphan-value",
  severity: "warning",
  scope: "cell",
  on: "unheaded",
  params: {},
  check(cell, out) {
    out.push({ rule: "orphan-value", row: cell.row, col: cell.col, field: null, value: cell.value, params: {} });
  },
});
