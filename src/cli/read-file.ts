import { promises as fs } from "fs";
import type { FileProblem } from "../xlsx/file-problem";
import type { Limits } from "../xlsx/limits";
import { openWorkbookBytes, readWorkbookBytes, type OpenResult, type ReadResult } from "../xlsx/read-workbook";

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

/** An .xlsx file on disk opened for writing a copy (see openWorkbookBytes); the file is only read. */
export async function openWorkbook(path: string, file: string, limits: Limits): Promise<OpenResult> {
  const bytes = await readBytes(path, limits);
  return Buffer.isBuffer(bytes) ? openWorkbookBytes(bytes, file, limits) : { ok: false, problem: bytes };
}

/** An .xlsx file on disk as the engine's input, named `file` in the report; the file is only read. */
export async function readWorkbook(path: string, file: string, limits: Limits): Promise<ReadResult> {
  const bytes = await readBytes(path, limits);
  return Buffer.isBuffer(bytes) ? readWorkbookBytes(bytes, file, limits) : { ok: false, problem: bytes };
}
