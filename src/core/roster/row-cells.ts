import type { CellValue } from "../grid/types";
import { readDateParts } from "./date-parts";
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

/**
 * A date kept in pieces, as one cell at the year's column: the day's serial in a date format, the year
 * alone as a number, or, when the pieces make no date, the year cell as typed.
 */
function joinedDate(row: number, col: number, reading: ReturnType<typeof readDateParts>, year: CellValue): RosterCell {
  const cell = { row, col, font: null };
  if (reading.kind !== "date") return { ...cell, value: year, numberFormat: null };
  if (reading.yearOnly) return { ...cell, value: reading.ymd.y, numberFormat: null };
  return { ...cell, value: reading.serial, numberFormat: "dd/mm/yyyy" };
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
  for (const { field, col, parts } of columns) {
    Object.defineProperty(LayoutCells.prototype, field, {
      enumerable: true,
      get(this: RowSource): RosterCell {
        if (parts) return joinedDate(this[ROW], col, readDateParts(this[VALUES], parts), this[VALUES][col] ?? null);
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
