import type { CellValue } from "../core/grid/types";

/**
 * Strings Excel would not keep as typed: formulas (= + - @), a leading apostrophe or "#" (an error such
 * as "#N/A"), anything with a digit (numbers, dates, times, fractions, percentages) and TRUE/FALSE.
 */
const CONVERTED = /^[=+\-@'#]|\d|^\s*(true|false)\s*$/i;

/**
 * What to put in `Range.values` so the cell reads back `value` in a cell of `numberFormat`. Excel converts a
 * string written there as if it were typed; a leading apostrophe (Excel's quote prefix) keeps it text,
 * except in a text-formatted ("@") cell, which keeps every string as typed. Empty writes "" (clears).
 */
export function valueToWrite(value: CellValue, numberFormat: string | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value !== "string" || numberFormat === "@") return value;
  return CONVERTED.test(value) ? `'${value}` : value;
}
