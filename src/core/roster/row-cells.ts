import type { CellValue } from "../grid/types";
import type { RosterCell, RosterColumn, RosterRow } from "./types";

const ROW = Symbol("row");
const VALUES = Symbol("values");
const FORMATS = Symbol("formats");
const FONTS = Symbol("fonts");

/** One data row's grid rows; the cells are made when read. */
class RowSource {
  readonly [ROW]: number;
  readonly [VALUES]: readonly CellValue[];
  readonly [FORMATS]: readonly (string | null)[] | undefined;
  readonly [FONTS]: readonly (string | null)[] | undefined;

  constructor(
    row: number,
    values: readonly CellValue[],
    formats: readonly (string | null)[] | undefined,
    fonts: readonly (string | null)[] | undefined,
  ) {
    this[ROW] = row;
    this[VALUES] = values;
    this[FORMATS] = formats;
    this[FONTS] = fonts;
  }
}

export type RowCellsFactory = (
  row: number,
  values: readonly CellValue[],
  formats: readonly (string | null)[] | undefined,
  fonts: readonly (string | null)[] | undefined,
) => RosterRow["cells"];

/**
 * Makes rows' `cells` for a layout. A 200,000-row roster would otherwise hold millions of cell
 * objects (hundreds of megabytes) that the rules mostly never look at, so each field is a getter
 * on a prototype shared by the layout's rows, giving a fresh RosterCell when read. Fields are
 * enumerable (`for … in` and `in` see them) but not own: `Object.keys(cells)` is empty.
 */
export function rowCellsFactory(columns: readonly RosterColumn[]): RowCellsFactory {
  class LayoutCells extends RowSource {}
  for (const { field, col } of columns) {
    Object.defineProperty(LayoutCells.prototype, field, {
      enumerable: true,
      get(this: RowSource): RosterCell {
        return {
          row: this[ROW],
          col,
          value: this[VALUES][col] ?? null,
          numberFormat: this[FORMATS]?.[col] ?? null,
          font: this[FONTS]?.[col] ?? null,
        };
      },
    });
  }
  return (row, values, formats, fonts) => new LayoutCells(row, values, formats, fonts) as RosterRow["cells"];
}
