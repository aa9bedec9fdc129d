import { isCellError } from "../grid/types";
import { defineRule } from "./define";

export const cellError = defineRule({
  id: "cell-error",
  severity: "error",
  scope: "cell",
  on: "error",
  params: { error: "text" },
  check(cell, out) {
    if (isCellError(cell.value)) {
      out.push({
        rule: "cell-error",
        row: cell.row,
        col: cell.col,
        field: cell.field,
        value: cell.value,
        params: { error: cell.value.error },
      });
    }
  },
});
