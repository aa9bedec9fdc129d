import { parseA1 } from "../../../src/core/grid/address";
import type { SheetInput } from "../../../src/core/grid/types";

/** Tests only: a sheet with fonts set cell by cell, every other cell in `base`. */
export function withFonts(sheet: SheetInput, fonts: Record<string, string>, base = "Arial"): SheetInput {
  const layer = sheet.values.map((row) => row.map((): string | null => base));
  for (const [address, font] of Object.entries(fonts)) {
    const at = parseA1(address);
    if (at !== null) layer[at.row - 1][at.column - 1] = font;
  }
  return { ...sheet, fonts: layer };
}

/** Tests only: freezes a sheet deeply, so that any write into it throws. */
export function frozen(sheet: SheetInput): SheetInput {
  const freeze = (value: unknown): void => {
    if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
    Object.freeze(value);
    for (const inner of Object.values(value)) freeze(inner);
  };
  freeze(sheet);
  return sheet;
}
