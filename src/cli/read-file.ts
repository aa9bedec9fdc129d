import { promises as fs } from "fs";
import { refineProblem, type FileProblem } from "../core/files";
import type { Limits } from "../xlsx/limits";
import { largestEntrySize } from "../xlsx/zip-directory";
import { openWorkbookBytes, readWorkbookBytes, type OpenResult, type ReadResult } from "../xlsx/read-workbook";

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The system's reason a file could not be opened, as a problem a clerk can act on. */
function systemProblem(error: unknown): FileProblem {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = errorText(error);
  if (code === "ENOENT") return { code: "not-found" };
  if (code === "EISDIR") return { code: "not-a-file" };
  if (code === "EACCES" || code === "EPERM") return { code: "no-permission", detail };
  // Windows refuses to share a workbook Excel holds open.
  if (code === "EBUSY") return { code: "in-use", detail };
  return { code: "unreadable", detail };
}

/**
 * Whether one part of the workbook, taken in whole as text (as exceljs takes it to write a copy), could by
 * itself take more than half the memory limit (a character can take two bytes): such a file is refused
 * before it is unzipped, since the engine cannot stop a worker cleanly in the middle of one allocation that
 * large. The streaming reader takes no part whole, so reading alone is not refused for this.
 */
function partTooLarge(bytes: Buffer, limits: Limits): FileProblem | null {
  const largest = largestEntrySize(bytes);
  if (largest === null || largest * 2 <= (limits.maxMemoryMb * 1024 * 1024) / 2) return null;
  return { code: "out-of-memory", limitMb: limits.maxMemoryMb };
}

/** Reads the file once, read-only; the size limit is checked before a byte is read. */
async function readBytes(path: string, limits: Limits, wholeParts: boolean): Promise<Buffer | FileProblem> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) return { code: "not-a-file" };
    if (stat.size > limits.maxFileBytes) return { code: "too-large", bytes: stat.size, limit: limits.maxFileBytes };
    const bytes = await fs.readFile(path, { flag: "r" });
    return (wholeParts ? partTooLarge(bytes, limits) : null) ?? bytes;
  } catch (error) {
    return systemProblem(error);
  }
}

/** An .xlsx file on disk opened for writing a copy (see openWorkbookBytes); the file is only read. */
export async function openWorkbook(path: string, file: string, limits: Limits): Promise<OpenResult> {
  const bytes = await readBytes(path, limits, true);
  if (!Buffer.isBuffer(bytes)) return { ok: false, problem: bytes };
  const opened = await openWorkbookBytes(bytes, file, limits);
  return opened.ok ? opened : { ok: false, problem: refineProblem(opened.problem) };
}

/** An .xlsx file on disk as the engine's input, named `file` in the report; the file is only read. */
export async function readWorkbook(path: string, file: string, limits: Limits): Promise<ReadResult> {
  const bytes = await readBytes(path, limits, false);
  if (!Buffer.isBuffer(bytes)) return { ok: false, problem: bytes };
  const read = await readWorkbookBytes(bytes, file, limits);
  return read.ok ? read : { ok: false, problem: refineProblem(read.problem) };
}
