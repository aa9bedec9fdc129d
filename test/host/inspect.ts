import { cellAt, type FakeCell, type SheetModel, type WorkbookModel } from "./model";
import { parseRect } from "./addresses";

/** A deep copy of the whole workbook, to compare before and after an operation. */
export function snapshot(workbook: WorkbookModel): WorkbookModel {
  return structuredClone(workbook);
}

export function sheetByName(workbook: WorkbookModel, name: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet named ${name}`);
  return sheet;
}

/** The cell at an A1 address ("B3"), undefined when it was never written. */
export function cellOf(sheet: SheetModel, address: string): FakeCell | undefined {
  const rect = parseRect(address);
  if (!rect) throw new Error(`not an address: ${address}`);
  return cellAt(sheet, rect.top, rect.left);
}
