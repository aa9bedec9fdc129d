// Loaded on demand, as its own chunk ("xlsx-reader"): exceljs is large and only Excel before ExcelApi 1.13 needs it.
import { Workbook } from "exceljs";
import type { FileProblem } from "../../core/files";
import type { WorkbookInput } from "../../core/grid/types";
import { FileProblemError } from "./file-problem-error";
import { sheetToInput, usedRange } from "../../xlsx/sheet-to-input";

/** A password-protected workbook or an old .xls (an OLE compound file), and a zip, by their first bytes. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Excel would not open a file this big from the task pane either; the pane keeps memory in step. */
export const MAX_READER_BYTES = 30 * 1024 * 1024;

/**
 * An .xlsx file read in the task pane itself, for Excel that cannot insert a file's sheets: the same
 * cells, formats, fonts, merges and tables the command line reads, as the engine's input.
 */
export async function readXlsx(bytes: ArrayBuffer, file: string): Promise<WorkbookInput> {
  const problem = (p: FileProblem) => new FileProblemError(p);
  if (bytes.byteLength === 0) throw problem({ code: "empty" });
  if (bytes.byteLength > MAX_READER_BYTES)
    throw problem({ code: "too-large", bytes: bytes.byteLength, limit: MAX_READER_BYTES });
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  if (OLE.every((b, i) => head[i] === b)) throw problem({ code: "encrypted" });
  if (!ZIP.every((b, i) => head[i] === b)) throw problem({ code: "not-xlsx" });
  const book = new Workbook();
  try {
    await book.xlsx.load(bytes);
  } catch (error) {
    throw problem({ code: "corrupt", detail: error instanceof Error ? error.message : String(error) });
  }
  if (book.worksheets.length === 0) throw problem({ code: "no-sheets" });
  return { file, sheets: book.worksheets.map((sheet) => sheetToInput(sheet, usedRange(sheet))) };
}
