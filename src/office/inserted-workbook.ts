import type { SheetInput, WorkbookInput } from "../core/grid/types";
import type { Capabilities } from "./capabilities";
import { OWN_SHEETS_KEY, ownSheetsOf, parseOwnSheets, queueOwnRecord, queueSheetsAndRecord } from "./own-sheets";
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

/** Deletes the inserted sheets and takes them off the record of the add-in's sheets. Two syncs. */
async function removeInserted(context: Excel.RequestContext, ids: readonly string[]): Promise<void> {
  for (const id of ids) context.workbook.worksheets.getItem(id).delete();
  const stored = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY).load("value");
  await context.sync();
  const gone = new Set(ids);
  const own = stored.isNullObject ? [] : parseOwnSheets(stored.value);
  const sheets = own.filter((entry) => !gone.has(entry.id)).map((entry) => ({ id: entry.id, name: "" }));
  queueOwnRecord(context, { sheets, own, stored: !stored.isNullObject }, { drop: ids });
  await context.sync();
}

/**
 * An .xlsx file (its base64 text) as the engine's input, read by Excel itself (ExcelApi 1.13): its sheets
 * are inserted at the end of this workbook, recorded as the add-in's own (by id) for as long as they are
 * here, read with the same adapter as any roster, then deleted, those sheets and no other, even when the
 * read fails. Sheets an earlier read left behind (the pane closed half-way) are deleted too. Sheets that were
 * hidden in the file stay hidden while they are here. Syncs: one to insert, one per sheet to locate it plus
 * one per block of rows, two to delete.
 */
export async function readInsertedWorkbook(
  context: Excel.RequestContext,
  base64: string,
  file: string,
  options: InsertedReadOptions,
): Promise<WorkbookInput> {
  const readSheets = queueSheetsAndRecord(context);
  const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
  await context.sync();
  const read = readSheets();
  const before = new Set(read.sheets.map((s) => s.name.toLowerCase()));
  const leftovers = ownSheetsOf(read, "inserted").map((sheet) => sheet.id);
  leftovers.forEach((id) => context.workbook.worksheets.getItem(id).delete());
  // Rides with the first read's sync.
  queueOwnRecord(context, read, { drop: leftovers, add: ids.value.map((id) => ({ id, role: "inserted" })) });
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
    await removeInserted(context, ids.value);
  }
}
