import type { CellValue, SheetInput } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { locateRoster } from "../../../src/core/roster/locate";
import type { FieldId, RosterLayout } from "../../../src/core/roster/types";

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
