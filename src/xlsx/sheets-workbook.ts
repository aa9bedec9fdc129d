import { PassThrough } from "stream";
import { stream } from "exceljs";
import type { SheetDescription } from "../core/sheets";
import { addSheet } from "./write-sheet";

/**
 * The sheets as one .xlsx file, in order, streamed: rows go out as they are made and the zip is deflated
 * natively. The caller writes the bytes where it wants them.
 */
export async function sheetsWorkbook(descriptions: readonly SheetDescription[], creator: string): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  const book = new stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  book.creator = creator;
  for (const description of descriptions) addSheet(book, description);
  await book.commit();
  await finished;
  return Buffer.concat(chunks);
}
