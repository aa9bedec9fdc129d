import type { CellRule } from "./types";

/** A value in a data row under no header: data the roster does not account for. */
export const orphanValue: CellRule = {
  id: "orphan-value",
  severity: "warning",
  scope: "cell",
  on: "unheaded",
  check(cell, out) {
    out.push({ rule: "orphan-value", row: cell.row, col: cell.col, field: null, value: cell.value, params: {} });
  },
};
