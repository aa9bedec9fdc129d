import type { Language } from "../core/report/types";
import { planUndoStore, type StoredUndo, type UndoRecord, undoStoreMessage } from "../core/repair";
import type { CadreFormulaCell } from "./cadre-formulas";
import { toCellValue, toText } from "./cell-values";
import { valueToWrite } from "./cell-text";
import { RepairRefused } from "./repairs";
import { queueSettingChanges, queueUndoIndex } from "./undo-settings";

/** Undo records of frozen formulas: undoing writes their old contents back as formulas, not as text. */
export const FREEZE_ID_PREFIX = "freeze-";

/** "in-place": the cells of the sheet itself, with undo. "copy": a copy of each sheet; the original stays as it was. */
export type FreezeMode = "in-place" | "copy";

export interface FreezeResult {
  /** Cells whose formula was replaced by its value. */
  cells: number;
  /** The copies made ("copy" mode), by name. */
  copies: string[];
  /** Which earlier repairs can no longer be undone to make room, if any. */
  notice: string | null;
}

interface Read {
  name: string;
  worksheet: Excel.Worksheet;
  cells: { cell: CadreFormulaCell; range: Excel.Range }[];
}

function bySheet(context: Excel.RequestContext, cells: readonly CadreFormulaCell[]): Read[] {
  const groups = new Map<string, CadreFormulaCell[]>();
  for (const cell of cells) groups.set(cell.sheet, [...(groups.get(cell.sheet) ?? []), cell]);
  return [...groups].map(([name, list]) => {
    const worksheet = context.workbook.worksheets.getItem(name);
    return {
      name,
      worksheet,
      cells: list.map((cell) => ({
        cell,
        range: worksheet.getRange(cell.cell).load("values,valueTypes,formulas,numberFormat"),
      })),
    };
  });
}

/** Each sheet's record; a sheet's cells are undone together, the newest sheet first. */
function undoRecords(read: readonly Read[], now: Date): UndoRecord[] {
  return read.map((sheet, n) => ({
    id: `${FREEZE_ID_PREFIX}${now.getTime().toString(36)}-${n}`,
    sheet: sheet.name,
    at: now.toISOString(),
    cells: sheet.cells.map(({ cell, range }) => {
      const numberFormat = toText(range.numberFormat[0][0]);
      return {
        address: cell.cell,
        before: { value: String(range.formulas[0][0]), numberFormat, font: null },
        after: { value: toCellValue(range.values[0][0], range.valueTypes[0][0]), numberFormat, font: null },
      };
    }),
  }));
}

/**
 * Replaces the CADRE formulas of `cells` by the values Excel last calculated for them, so that a recipient
 * without the add-in sees values instead of #NAME?. Cells whose formula changed since they were found are
 * left alone. In place, the old formulas are recorded for "Hoàn tác" (one record per sheet; throws
 * RepairRefused, having changed nothing, when they do not fit); in "copy" mode each sheet is copied first
 * (ExcelApi 1.7) and only the copy changes. At most three syncs.
 */
export async function freezeCadreFormulas(
  context: Excel.RequestContext,
  cells: readonly CadreFormulaCell[],
  mode: FreezeMode,
  options: { lang: Language; now?: Date },
): Promise<FreezeResult> {
  const all = bySheet(context, cells);
  const index = queueUndoIndex(context);
  await context.sync();
  const read = all
    .map((sheet) => ({
      ...sheet,
      cells: sheet.cells.filter(({ cell, range }) => range.formulas[0][0] === cell.formula),
    }))
    .filter((sheet) => sheet.cells.length > 0);
  const count = read.reduce((n, sheet) => n + sheet.cells.length, 0);
  const write = (target: Excel.Worksheet, sheet: Read) => {
    for (const { cell, range } of sheet.cells) {
      const value = toCellValue(range.values[0][0], range.valueTypes[0][0]);
      target.getRange(cell.cell).values = [[valueToWrite(value, toText(range.numberFormat[0][0]))]];
    }
  };

  if (mode === "copy") {
    const copies = read.map((sheet) => {
      const copy = sheet.worksheet.copy("After", sheet.worksheet).load("name");
      write(copy, sheet);
      return copy;
    });
    await context.sync();
    return { cells: count, copies: copies.map((copy) => copy.name), notice: null };
  }

  let stored: StoredUndo[] = index();
  const set: { key: string; value: string }[] = [];
  const remove: string[] = [];
  const notices: string[] = [];
  for (const record of undoRecords(read, options.now ?? new Date())) {
    const plan = planUndoStore(stored, record);
    if (!plan.ok) throw new RepairRefused(undoStoreMessage(plan, options.lang) ?? "");
    set.push(...plan.set);
    remove.push(...plan.remove);
    stored = plan.index;
    notices.push(undoStoreMessage(plan, options.lang) ?? "");
  }
  read.forEach((sheet) => write(sheet.worksheet, sheet));
  const written = new Set(set.map((s) => s.key));
  const deleteOld = queueSettingChanges(
    context,
    set,
    remove.filter((key) => !written.has(key)),
  );
  await context.sync();
  deleteOld();
  await context.sync();
  return { cells: count, copies: [], notice: notices.filter(Boolean).join(" ") || null };
}
