// Loaded on demand, as its own chunk ("xlsx-reader"): exceljs is large and only Excel before ExcelApi 1.13 needs it.
import { Workbook } from "exceljs";
import type { WorkbookInput } from "../../core/grid/types";
import { sheetToInput, usedRange } from "../../xlsx/sheet-to-input";

/** Excel would not open a file this big from the task pane either; the pane keeps memory in step. */
export const MAX_READER_BYTES = 30 * 1024 * 1024;

/**
 * An .xlsx file read in the task pane itself, for Excel that cannot insert a file's sheets: the same
 * cells, formats, fonts, merges and tables the command line reads, as the engine's input.
 */
export async function readXlsx(bytes: ArrayBuffer, file: string): Promise<WorkbookInput> {
  if (bytes.byteLength > MAX_READER_BYTES) throw new Error(`Tệp quá lớn (${bytes.byteLength} byte) / file too large`);
  const book = new Workbook();
  await book.xlsx.load(bytes);
  if (book.worksheets.length === 0) throw new Error("Tệp không có trang tính nào / the file has no worksheet");
  return { file, sheets: book.worksheets.map((sheet) => sheetToInput(sheet, usedRange(sheet))) };
}
