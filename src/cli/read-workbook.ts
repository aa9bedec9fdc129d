import { promises as fs } from "fs";
import { Workbook } from "exceljs";
import type { WorkbookInput } from "../core/grid/types";
import { checkBytes } from "./file-guard";
import type { FileProblem } from "./file-problem";
import type { Limits } from "./limits";
import { rangeCells, sheetToInput, usedRange } from "./sheet-to-input";

export type ReadResult = { ok: true; workbook: WorkbookInput } | { ok: false; problem: FileProblem };

/** A workbook opened for writing a copy: the file's bytes, exceljs's model of it, and the engine's input read from it. */
export type OpenResult = { ok: true; bytes: Buffer; book: Workbook; workbook: WorkbookInput } | { ok: false; problem: FileProblem };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads the file once, read-only; the size limit is checked before a byte is read. */
async function readBytes(path: string, limits: Limits): Promise<Buffer | FileProblem> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return { code: "not-a-file" };
    if (stat.size > limits.maxFileBytes) return { code: "too-large", bytes: stat.size, limit: limits.maxFileBytes };
    return await fs.readFile(path, { flag: "r" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? { code: "not-found" } : { code: "unreadable", detail: errorText(error) };
  }
}

/**
 * An .xlsx file opened with exceljs, and the engine's input read from it, named `file` in reports.
 * Every way a file can fail (missing, empty, encrypted, damaged, too big) comes back as a problem.
 */
export async function openWorkbook(path: string, file: string, limits: Limits): Promise<OpenResult> {
  const bytes = await readBytes(path, limits);
  if (!Buffer.isBuffer(bytes)) return { ok: false, problem: bytes };
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
  return { ok: true, bytes, book, workbook: { file, sheets: book.worksheets.map((sheet, i) => sheetToInput(sheet, ranges[i])) } };
}

/** An .xlsx file as the engine's input, named `file` in the report; the file is only read. */
export async function readWorkbook(path: string, file: string, limits: Limits): Promise<ReadResult> {
  const opened = await openWorkbook(path, file, limits);
  return opened.ok ? { ok: true, workbook: opened.workbook } : opened;
}
