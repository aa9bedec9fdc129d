import { type CellBox, parseBox } from "./addresses";

/** What to check: a sheet (the active one when not named), or one Excel table on it. */
export interface CheckTarget {
  sheet?: string;
  table?: string;
}

/** Where the cells to read are, found in one sync. */
export interface SheetArea {
  worksheet: Excel.Worksheet;
  name: string;
  /** The used range (values only) or the table's range; null for an empty sheet. */
  box: CellBox | null;
  /** The sheet's tables (name and header flag loaded), or the target table alone. */
  tables: Excel.Table[];
  wholeTable: boolean;
}

export async function locateArea(context: Excel.RequestContext, target: CheckTarget): Promise<SheetArea> {
  const sheets = context.workbook.worksheets;
  const worksheet = (target.sheet ? sheets.getItem(target.sheet) : sheets.getActiveWorksheet()).load("name");
  const table = target.table ? worksheet.tables.getItem(target.table).load("name,showHeaders") : null;
  // Values only: a column formatted down to row 1,048,576 must not make the read a million rows long.
  const range = (table ? table.getRange() : worksheet.getUsedRangeOrNullObject(true)).load("address");
  const tables = table ? null : worksheet.tables.load("items/name,items/showHeaders");
  await context.sync();
  return {
    worksheet,
    name: worksheet.name,
    box: range.isNullObject ? null : parseBox(range.address),
    tables: table ? [table] : (tables?.items ?? []),
    wholeTable: table !== null,
  };
}
