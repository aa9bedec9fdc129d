import type { SheetInput, WorkbookInput } from "../core/grid/types";
import type { Capabilities } from "./capabilities";
import { readSheet } from "./read-sheet";

export interface InsertedReadOptions {
  caps: Capabilities;
  onProgress?(done: number, total: number): void;
}

/** Excel names a copied sheet "Name (2)" when "Name" is taken: the name the file gave it is the one reported. */
function originalName(name: string, before: ReadonlySet<string>): string {
  const m = /^(.*) \(\d+\)$/.exec(name);
  return m && before.has(m[1].toLowerCase()) ? m[1] : name;
}

/**
 * An .xlsx file (its base64 text) as the engine's input, read by Excel itself (ExcelApi 1.13): its sheets
 * are inserted at the end of this workbook, read with the same adapter as any roster, then deleted,
 * those sheets and no other, even when the read fails. Sheets that were hidden in the file stay hidden
 * while they are here. Syncs: one to insert, one per sheet to locate it plus one per block of rows, one to delete.
 */
export async function readInsertedWorkbook(
  context: Excel.RequestContext,
  base64: string,
  file: string,
  options: InsertedReadOptions,
): Promise<WorkbookInput> {
  const existing = context.workbook.worksheets.load("items/name");
  const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
  await context.sync();
  const before = new Set(existing.items.map((s) => s.name.toLowerCase()));
  try {
    const sheets: SheetInput[] = [];
    for (const [i, id] of ids.value.entries()) {
      const sheet = await readSheet(
        context,
        { sheet: id },
        {
          caps: options.caps,
          onProgress: (done, total) => options.onProgress?.(i + done / Math.max(total, 1), ids.value.length),
        },
      );
      sheets.push({ ...sheet, name: originalName(sheet.name, before) });
    }
    return { file, sheets };
  } finally {
    for (const id of ids.value) context.workbook.worksheets.getItem(id).delete();
    await context.sync();
  }
}
