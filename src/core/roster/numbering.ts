import type { CellValue } from "../grid/types";
import { isBlank } from "../grid/types";

/** "(1)", "1", "A", "(4)=(2)+(3)": the column numbers printed under a header. */
const TOKEN = /^\(?(?:\d{1,3}|[A-Za-z])\)?(?:\s*[=+\-*/x]\s*\(?(?:\d{1,3}|[A-Za-z])\)?)*$/;

function isNumberingToken(value: CellValue): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value < 1000;
  return typeof value === "string" && TOKEN.test(value.trim());
}

/** True when the row holds at least two column numbers and nothing else. */
export function isNumberingRow(cells: readonly CellValue[] | undefined, left: number, right: number): boolean {
  if (!cells) return false;
  let count = 0;
  for (let c = left; c <= Math.min(right, cells.length - 1); c++) {
    const value = cells[c];
    if (isBlank(value)) continue;
    if (!isNumberingToken(value)) return false;
    count++;
  }
  return count >= 2;
}
