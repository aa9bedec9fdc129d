import { parseUndoIndex, type StoredUndo, UNDO_INDEX_KEY } from "../core/repair";
import { queueWrites, type RunWrite, runWriteBytes } from "./cell-writes";
import {
  byBudget,
  methodBytes,
  methodPathBytes,
  queryBytes,
  SETTINGS_PATH_BYTES,
  settingBytes,
  sheetBatchBytes,
} from "./request-size";

/** Queues the undo index's read; the list (oldest first) is ready after the next sync. */
export function queueUndoIndex(context: Excel.RequestContext): () => StoredUndo[] {
  const item = context.workbook.settings.getItemOrNullObject(UNDO_INDEX_KEY).load("value");
  return () => (item.isNullObject ? [] : parseUndoIndex(item.value));
}

/** Settings to change beside a write. */
export interface SettingChanges {
  /** Written in order (an undo index last). */
  set: readonly { key: string; value: string }[];
  /** To delete; some may be gone already, so they are looked up first and only those found are deleted. */
  remove: readonly string[];
  /** To delete, read in this run and known to exist. */
  removeFound?: readonly string[];
}

/** A write on one sheet. */
export interface SheetWrite {
  worksheet: Excel.Worksheet;
  sheet: string;
  write: RunWrite;
}

type Step = { kind: "settings" } | ({ kind: "write" } & SheetWrite);

function settingsBytes(changes: SettingChanges): number {
  const lookups = changes.remove.reduce(
    (n, key) => n + methodPathBytes("getItemOrNullObject", [key]) + queryBytes(["key"]),
    0,
  );
  const sets = changes.set.reduce((n, { key, value }) => n + settingBytes(key, value), 0);
  return SETTINGS_PATH_BYTES + lookups + sets;
}

/**
 * Writes `writes` in order, in batches within the request budget. The setting changes ride with the first
 * batch, ahead of its writes, so the record of what is being written is in the workbook as soon as any of
 * it is; the settings known to exist are deleted with the last batch, the others in one more sync once
 * found. One sync per budget's worth of writes, plus that one.
 */
export async function writeWithSettings(
  context: Excel.RequestContext,
  changes: SettingChanges,
  writes: readonly SheetWrite[],
): Promise<void> {
  const settings = context.workbook.settings;
  const steps: Step[] = [{ kind: "settings" }, ...writes.map((write): Step => ({ kind: "write", ...write }))];
  const deleteFound = (changes.removeFound ?? []).reduce(
    (n, key) => n + methodPathBytes("getItem", [key]) + methodBytes("delete", []),
    0,
  );
  const sheets = [...new Set(writes.map((write) => write.sheet))];
  const batches = byBudget(
    steps,
    (step) => (step.kind === "settings" ? settingsBytes(changes) + deleteFound : runWriteBytes(step.write)),
    sheets.reduce((n, sheet) => n + sheetBatchBytes(sheet), sheetBatchBytes("")),
  );
  let lookups: Excel.Setting[] = [];
  for (const [n, batch] of batches.entries()) {
    for (const step of batch) {
      if (step.kind === "write") {
        queueWrites(step.worksheet, [step.write]);
        continue;
      }
      lookups = changes.remove.map((key) => settings.getItemOrNullObject(key).load("key"));
      for (const { key, value } of changes.set) settings.add(key, value);
    }
    if (n === batches.length - 1) for (const key of changes.removeFound ?? []) settings.getItem(key).delete();
    await context.sync();
  }
  // Deleting a setting that is already gone would fail the batch: only those found are deleted.
  const found = lookups.filter((item) => !item.isNullObject);
  if (found.length === 0) return;
  found.forEach((item) => item.delete());
  await context.sync();
}
