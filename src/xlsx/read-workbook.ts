import { Workbook } from "exceljs";
import type { WorkbookInput } from "../core/grid/types";
import { checkBytes } from "./file-guard";
import type { FileProblem } from "./file-problem";
import type { Limits } from "./limits";
import { rangeCells, sheetToInput, usedRange } from "./sheet-to-input";

export type ReadResult = { ok: true; workbook: WorkbookInput } | { ok: false; problem: FileProblem };

/** A workbook opened for writing a copy: the file's bytes, exceljs's model of it, and the engine's input read from it. */
export type OpenResult =
  { ok: true; bytes: Buffer; book: Workbook; workbook: WorkbookInput } | { ok: false; problem: FileProblem };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * An .xlsx file's bytes opened with exceljs, and the engine's input read from it, named `file` in reports.
 * Every way a file can fail (missing, empty, encrypted, damaged, too big) comes back as a problem.
 */
export async function openWorkbookBytes(bytes: Buffer, file: string, limits: Limits): Promise<OpenResult> {
  const problem = checkBytes(bytes, limits);
  if (problem) return { ok: false, problem };
  const book = new Workbook();
  try {
    // exceljs declares its own global `Buffer` (an ArrayBuffer), which Node's Buffer type does not match.
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, problem: { code: "corrupt", detail: errorText(error) } };
  }
  // Any zip loads; one with no worksheet is some other document renamed .xlsx.
  if (book.worksheets.length === 0) return { ok: false, problem: { code: "no-sheets" } };
  const ranges = book.worksheets.map(usedRange);
  const cells = ranges.reduce((total, range) => total + rangeCells(range), 0);
  if (cells > limits.maxCells) return { ok: false, problem: { code: "too-many-cells", cells, limit: limits.maxCells } };
  return {
    ok: true,
    bytes,
    book,
    workbook: { file, sheets: book.worksheets.map((sheet, i) => sheetToInput(sheet, ranges[i])) },
  };
}

/** An .xlsx file's bytes as the engine's input, named `file` in the report. */
export async function readWorkbookBytes(bytes: Buffer, file: string, limits: Limits): Promise<ReadResult> {
  const opened = await openWorkbookBytes(bytes, file, limits);
  return opened.ok ? { ok: true, workbook: opened.workbook } : opened;
}
