import { isNameWithoutDiacritics } from "../text";
import type { CellRule } from "./types";

/** A full name typed without diacritics ("Nguyen Van Hung"): only the name column, where that is a fault. */
export const missingDiacritics: CellRule = {
  id: "missing-diacritics",
  severity: "warning",
  scope: "cell",
  check(cell, out) {
    const text = cell.text;
    if (cell.field !== "fullName" || text === null || !text.ascii || !isNameWithoutDiacritics(text.text)) return;
    out.push({ rule: "missing-diacritics", row: cell.row, col: cell.col, field: cell.field, value: cell.value, params: {} });
  },
};
