import { parseA1 } from "../grid/address";
import type { CellValue, SheetInput } from "../grid/types";
import type { CellWrite, Repair } from "./types";

/** What writing a repair changes in the cell. */
export function repairWrite(repair: Repair): CellWrite {
  const write: CellWrite = { address: repair.cell, value: repair.after };
  if (repair.numberFormat !== undefined) write.numberFormat = repair.numberFormat;
  if (repair.font !== undefined) write.font = repair.font;
  return write;
}

type Layer<T> = readonly (readonly T[])[];

/** A copy of `layer` with one cell set: only the row touched is copied, and the layer is made if missing. */
function withCell<T>(layer: Layer<T> | undefined, height: number, r: number, c: number, value: T, blank: T): T[][] {
  const rows = layer ? [...layer] : Array.from({ length: height }, () => [] as T[]);
  const row = [...(rows[r] ?? [])];
  while (row.length < c) row.push(blank);
  row[c] = value;
  rows[r] = row;
  return rows as T[][];
}

/**
 * The sheet with `writes` done: a new sheet object, the input left as it was. Writes outside the sheet's
 * grid are ignored (they cannot come from a report of this sheet).
 */
export function applyCellWrites(sheet: SheetInput, writes: readonly CellWrite[]): SheetInput {
  let values = sheet.values;
  let numberFormats = sheet.numberFormats;
  let fonts = sheet.fonts;
  const height = sheet.values.length;
  for (const write of writes) {
    const at = parseA1(write.address);
    if (at === null) continue;
    const r = at.row - (sheet.origin?.row ?? 1);
    const c = at.column - (sheet.origin?.col ?? 1);
    if (r < 0 || c < 0 || r >= height) continue;
    values = withCell<CellValue>(values, height, r, c, write.value, null);
    if (write.numberFormat !== undefined)
      numberFormats = withCell(numberFormats, height, r, c, write.numberFormat, null);
    if (write.font !== undefined) fonts = withCell(fonts, height, r, c, write.font, null);
  }
  const out: SheetInput = { ...sheet, values };
  if (numberFormats !== undefined) out.numberFormats = numberFormats;
  if (fonts !== undefined) out.fonts = fonts;
  return out;
}

/** The sheet as it reads once the repairs are written; `sheet` itself is not changed. */
export function applyRepairs(sheet: SheetInput, repairs: readonly Repair[]): SheetInput {
  return applyCellWrites(sheet, repairs.map(repairWrite));
}
