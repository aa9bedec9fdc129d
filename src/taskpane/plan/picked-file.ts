import type { WorkbookInput } from "../../core/grid/types";
import { cannotInsertFile, rejectedFile } from "../../office";
import type { PickedFile } from "./consolidate";
import type { PlanWorkbook } from "./workbook";

/** Bytes per `String.fromCharCode` call: well under the engines' argument limits. */
const CHUNK = 0x8000;

/** A file's bytes as base64, the form `insertWorksheetsFromBase64` takes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

async function ownReader(bytes: ArrayBuffer, name: string): Promise<WorkbookInput> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ "./xlsx-reader");
  return readXlsx(bytes, name);
}

/** A picked file read by the pane's own reader only: a small workbook Excel has no need to open (the targets). */
export function paneReadFile(file: File): PickedFile {
  return { name: file.name, read: async () => ownReader(await file.arrayBuffer(), file.name) };
}

/**
 * A picked file, read by Excel itself where it can insert a file's sheets (ExcelApi 1.13), else by the
 * pane's own reader, fetched only then so the pane's start-up script stays small. A file Excel will not
 * insert (too big for one request to Excel on the web, or holding what the web cannot insert) goes to the
 * pane's reader too.
 */
export function pickedFile(file: File, workbook: Pick<PlanWorkbook, "caps" | "readFile">): PickedFile {
  return {
    name: file.name,
    read: async (onProgress) => {
      const bytes = await file.arrayBuffer();
      if (!workbook.caps.insertWorksheetsFromBase64) return ownReader(bytes, file.name);
      try {
        return await workbook.readFile(bytesToBase64(new Uint8Array(bytes)), file.name, onProgress);
      } catch (error) {
        // A file Excel will not insert, or will not take at all: the pane's reader tells which, and why.
        if (!cannotInsertFile(error) && !rejectedFile(error)) throw error;
        return ownReader(bytes, file.name);
      }
    },
  };
}
