import type { CellValue, SheetInput } from "../grid/types";
import { DEFAULT_SETTINGS } from "../settings";
import { locateRoster } from "./locate";
import type { FieldId, RosterLayout } from "./types";

/** A sheet from rows of cells, for tests. */
export function sheetOf(values: CellValue[][], extra: Partial<SheetInput> = {}): SheetInput {
  return { name: "Sheet1", values, ...extra };
}

/** The layout of a sheet that must hold a roster. */
export function layoutOf(sheet: SheetInput): RosterLayout {
  const layout = locateRoster(sheet, DEFAULT_SETTINGS);
  if (!layout) throw new Error(`no roster found on ${sheet.name}`);
  return layout;
}

/** Field → 0-based column, the way a reader of the report sees the recognised columns. */
export function fieldColumns(layout: RosterLayout): Partial<Record<FieldId, number>> {
  return Object.fromEntries(layout.columns.map((c) => [c.field, c.col]));
}
