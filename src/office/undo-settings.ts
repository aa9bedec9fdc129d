import { parseUndoIndex, type StoredUndo, UNDO_INDEX_KEY } from "../core/repair";

/** Queues the undo index's read; the list (oldest first) is ready after the next sync. */
export function queueUndoIndex(context: Excel.RequestContext): () => StoredUndo[] {
  const item = context.workbook.settings.getItemOrNullObject(UNDO_INDEX_KEY).load("value");
  return () => (item.isNullObject ? [] : parseUndoIndex(item.value));
}

/** Queues writing `set` (in order: the index comes last) and the reads needed to delete `remove`. */
export function queueSettingChanges(
  context: Excel.RequestContext,
  set: readonly { key: string; value: string }[],
  remove: readonly string[],
): () => void {
  const settings = context.workbook.settings;
  const gone = remove.map((key) => settings.getItemOrNullObject(key).load("key"));
  for (const { key, value } of set) settings.add(key, value);
  // Deleting a setting that is already gone would fail the batch: only those found are deleted.
  return () => gone.filter((item) => !item.isNullObject).forEach((item) => item.delete());
}
