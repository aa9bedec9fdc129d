import { isCellError } from "../grid/types";
import type { CellRule } from "./types";

export const cellError: CellRule = {
  id: "cell-error",
  severity: "error",
  scope: "cell",
  on: "error",
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
};
