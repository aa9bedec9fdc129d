import type { Workbook } from "exceljs";
import type { WorkbookInput } from "../core/grid/types";
import { checkBytes } from "./file-guard";
import type { FileProblem } from "../core/files";
import type { Limits } from "./limits";
import { FileRefused, ReadBudget } from "./read-budget";
import { readWorkbookParts, vetEveryPart } from "./workbook-reader";

export type ReadResult = { ok: true; workbook: WorkbookInput } | { ok: false; problem: FileProblem };

/** A workbook opened for writing a copy: the file's bytes, exceljs's model of it, and the engine's input read from it. */
export type OpenResult =
  { ok: true; bytes: Buffer; book: Workbook; workbook: WorkbookInput } | { ok: false; problem: FileProblem };

function problemOf(error: unknown): FileProblem {
  if (error instanceof FileRefused) return error.problem;
  return { code: "corrupt", detail: error instanceof Error ? error.message : String(error) };
}

/**
 * An .xlsx file's bytes as the engine's input, named `file` in the report, read as they inflate with every
 * limit held while reading. Every way a file can fail (empty, encrypted, damaged, too big, hostile) comes
 * back as a problem.
 */
export async function readWorkbookBytes(bytes: Buffer, file: string, limits: Limits): Promise<ReadResult> {
  const problem = checkBytes(bytes, limits);
  if (problem) return { ok: false, problem };
  try {
    return { ok: true, workbook: await readWorkbookParts(bytes, file, new ReadBudget(limits)) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

/**
 * An .xlsx file's bytes opened for writing a copy: read as readWorkbookBytes does, then every other part
 * vetted within the limits too, and only then loaded whole by exceljs, whose model the copy is written
 * from. The engine's input is the bounded reader's, sheet for sheet with exceljs's model.
 */
export async function openWorkbookBytes(bytes: Buffer, file: string, limits: Limits): Promise<OpenResult> {
  const read = await readWorkbookBytes(bytes, file, limits);
  if (!read.ok) return read;
  try {
    await vetEveryPart(bytes, new ReadBudget(limits));
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  // exceljs is loaded only here: reading alone never needs it.
  const { Workbook } = await import("exceljs");
  const book = new Workbook();
  try {
    // exceljs declares its own global `Buffer` (an ArrayBuffer), which Node's Buffer type does not match.
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: { code: "corrupt", detail: null } };
  }
  // Repairs are written into exceljs's sheets by position: the input follows exceljs's list of sheets, and a
  // file whose sheets exceljs finds otherwise than the bounded reader (an unusual part layout) is not repaired.
  const sheets = book.worksheets.map((ws) => read.workbook.sheets.find((sheet) => sheet.name === ws.name));
  if (sheets.length !== read.workbook.sheets.length || !sheets.every((sheet) => sheet !== undefined))
    return { ok: false, problem: { code: "corrupt", detail: null } };
  return { ok: true, bytes, book, workbook: { file, sheets } };
}
