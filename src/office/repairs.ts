import type { CellValue } from "../core/grid/types";
import type { Language } from "../core/report/types";
import { createUndoRecord, planUndoStore, type Repair, undoStoreMessage } from "../core/repair";
import { toCellValue, toText } from "./cell-values";
import { valueToWrite } from "./cell-text";
import { queueSettingChanges, queueUndoIndex } from "./undo-settings";

export interface RepairOptions {
  lang: Language;
  /** When the repairs are written (recorded for undo); now by default. */
  now?: Date;
}

export interface RepairResult {
  /** Cells written. */
  repaired: number;
  /** Cells left alone because their value changed since the check. */
  stale: string[];
  /** The undo record's id, null when nothing was written. */
  undoId: string | null;
  /** Which earlier repairs can no longer be undone to make room, if any. */
  notice: string | null;
}

/** The repairs were not written: the undo record would not fit in the workbook. */
export class RepairRefused extends Error {}

function sameValue(a: CellValue, b: CellValue): boolean {
  return typeof a === "object" && a !== null && typeof b === "object" && b !== null ? a.error === b.error : a === b;
}

function newUndoId(now: Date): string {
  return `${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/**
 * Writes `repairs` on `sheetName`: only those cells, only their value (and the number format or font name a
 * repair sets), all in one batch whatever their number. The cells' current value, number format and font
 * are read first (one sync): a cell whose value is no longer the repair's `before` is left alone, and the
 * rest are recorded in the workbook's settings so the repairs can be undone after the file is reopened.
 * Three syncs. Throws RepairRefused, having changed nothing, when the undo record cannot be stored.
 */
export async function applyRepairs(
  context: Excel.RequestContext,
  sheetName: string,
  repairs: readonly Repair[],
  options: RepairOptions,
): Promise<RepairResult> {
  const worksheet = context.workbook.worksheets.getItem(sheetName).load("name");
  const cells = repairs.map((repair) => {
    const range = worksheet.getRange(repair.cell).load("values,valueTypes,numberFormat");
    return { repair, range, font: range.format.font.load("name") };
  });
  const index = queueUndoIndex(context);
  await context.sync();

  const current = (c: (typeof cells)[number]) => toCellValue(c.range.values[0][0], c.range.valueTypes[0][0]);
  const fresh = cells.filter((c) => sameValue(current(c), c.repair.before));
  const stale = cells.filter((c) => !fresh.includes(c)).map((c) => c.repair.cell);
  if (fresh.length === 0) return { repaired: 0, stale, undoId: null, notice: null };

  const now = options.now ?? new Date();
  const formats = new Map(
    fresh.map((c) => [c.repair, { numberFormat: toText(c.range.numberFormat[0][0]), font: toText(c.font.name) }]),
  );
  const record = createUndoRecord(
    newUndoId(now),
    worksheet.name,
    now,
    fresh.map((c) => c.repair),
    (repair) => formats.get(repair) ?? { numberFormat: null, font: null },
  );
  const plan = planUndoStore(index(), record);
  if (!plan.ok) throw new RepairRefused(undoStoreMessage(plan, options.lang) ?? "");

  for (const { repair, range } of fresh) {
    if (repair.numberFormat !== undefined) range.numberFormat = [[repair.numberFormat]];
    if (repair.font !== undefined) range.format.font.name = repair.font;
    range.values = [[valueToWrite(repair.after, repair.numberFormat ?? formats.get(repair)?.numberFormat ?? null)]];
  }
  const deleteOld = queueSettingChanges(context, plan.set, plan.remove);
  await context.sync();
  deleteOld();
  await context.sync();
  return { repaired: fresh.length, stale, undoId: record.id, notice: undoStoreMessage(plan, options.lang) };
}
