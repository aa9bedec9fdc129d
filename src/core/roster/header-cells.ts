import type { CellValue, SheetInput } from "../grid/types";
import { isBlank } from "../grid/types";
import { toUnicode } from "../text";
import { cellText } from "./cell-reading";
import { fieldOfKey } from "./header-match";
import { displayHeader, headerKey } from "./normalise";

/** One header row's cells between two columns: display text and lookup key, null where blank. */
export interface HeaderCells {
  row: number;
  left: number;
  right: number;
  texts: (string | null)[];
  keys: (string | null)[];
}

const NO_CELLS: readonly CellValue[] = [];

/**
 * Reads grid row `row` from column `left` to `right` (absolute indices; missing cells are blank).
 * Old workbooks keep their headers in TCVN3 or VNI too ("Hä vµ tªn" in .VnTime shows as "Họ và tên"),
 * so header text is converted to Unicode first.
 */
export function headerCells(sheet: SheetInput, row: number, left: number, right: number): HeaderCells {
  const cells = sheet.values[row] ?? NO_CELLS;
  const fonts = sheet.fonts?.[row];
  const texts: (string | null)[] = [];
  const keys: (string | null)[] = [];
  for (let c = 0; c <= right; c++) {
    const value = c >= left ? cells[c] : null;
    const blank = isBlank(value);
    const text = blank
      ? null
      : typeof value === "string"
        ? toUnicode(value, fonts?.[c] ?? undefined)
        : cellText(value ?? null);
    texts.push(text === null ? null : displayHeader(text));
    keys.push(text === null ? null : headerKey(text));
  }
  return { row, left, right, texts, keys };
}

/**
 * "Họ và tên: | Nguyễn Văn A" on a cover page or personal form is a label and its value, not a header:
 * a label ending in a colon followed by an unrecognised value is not counted.
 */
export function isFormLabel(cells: HeaderCells, c: number): boolean {
  const next = cells.keys[c + 1];
  return (cells.texts[c] ?? "").endsWith(":") && next != null && fieldOfKey(next) === null;
}
