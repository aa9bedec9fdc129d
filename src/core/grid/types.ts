/** An Excel error value as a cell holds it: "#REF!", "#N/A", "#DIV/0!" … */
export interface CellError {
  error: string;
}

/** What a cell holds, as every host (Office.js, exceljs) can give it. Dates are Excel serial numbers. */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells, 0-based and inclusive, in grid coordinates. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject) found on the sheet; its first row is the header row when `hasHeader`. */
export interface TableArea extends Area {
  name: string;
  hasHeader: boolean;
}

/**
 * One sheet as the engine sees it. `values[r][c]` is the cell at Excel row `origin.row + r`,
 * column `origin.col + c` (both 1-based; the used range need not start at A1).
 * The optional layers have the same shape as `values` where given; a host that cannot
 * read a layer leaves it out and the rules fall back on the values alone.
 */
export interface SheetInput {
  name: string;
  values: readonly (readonly CellValue[])[];
  origin?: { row: number; col: number };
  numberFormats?: readonly (readonly (string | null)[])[];
  fonts?: readonly (readonly (string | null)[])[];
  merges?: readonly Area[];
  tables?: readonly TableArea[];
}

export interface WorkbookInput {
  /** The file's name as the user knows it (shown in reports). */
  file: string;
  sheets: readonly SheetInput[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
