import { splitBySize, storedSize } from "./stored-size";
import type { UndoRecord } from "./undo";
import { fromStored, toStored } from "./undo-stored-form";

/** The workbook setting listing the stored undo records; each record's pieces go under `${UNDO_INDEX_KEY}.<id>.<n>`. */
export const UNDO_INDEX_KEY = "cadre.undo";

/**
 * Office keeps all of a document's add-in settings in about 2 MB. Undo records take at most half of it,
 * leaving the rest for the thresholds, the marks and the check stamp; the oldest records go first.
 */
export const UNDO_BUDGET_BYTES = 1_000_000;

/** Each setting holds at most this much, so one write of a record stays far below any request limit. */
export const UNDO_CHUNK_BYTES = 64_000;

/** Per setting: its key and the property markup around the value. */
const KEY_OVERHEAD_BYTES = 100;

/** One record as the index lists it. */
export interface StoredUndo {
  id: string;
  sheet: string;
  at: string;
  cells: number;
  keys: string[];
  bytes: number;
}

export type UndoStorePlan =
  | {
      ok: true;
      /** Settings to write: the record's pieces, then the new index. */
      set: { key: string; value: string }[];
      /** Settings to delete: the pieces of the records dropped to make room. */
      remove: string[];
      index: StoredUndo[];
      /** Records dropped, oldest first: they can no longer be undone. */
      dropped: StoredUndo[];
    }
  | { ok: false; cells: number; bytes: number; budget: number };

function indexBytes(index: readonly StoredUndo[]): number {
  return storedSize(JSON.stringify(index)) + KEY_OVERHEAD_BYTES;
}

/**
 * How to store `record` beside the records already stored (`index`, oldest first) within `budget`:
 * the oldest records are dropped while the whole would not fit. A record that cannot fit even alone is
 * refused, so the caller can say so before changing anything.
 */
export function planUndoStore(
  index: readonly StoredUndo[],
  record: UndoRecord,
  budget = UNDO_BUDGET_BYTES,
  chunkBytes = UNDO_CHUNK_BYTES,
): UndoStorePlan {
  const pieces = splitBySize(JSON.stringify(toStored(record)), chunkBytes);
  const keys = pieces.map((_, n) => `${UNDO_INDEX_KEY}.${record.id}.${n}`);
  const bytes = pieces.reduce((sum, piece) => sum + storedSize(piece) + KEY_OVERHEAD_BYTES, 0);
  const entry: StoredUndo = {
    id: record.id,
    sheet: record.sheet,
    at: record.at,
    cells: record.cells.length,
    keys,
    bytes,
  };
  if (bytes + indexBytes([entry]) > budget) return { ok: false, cells: record.cells.length, bytes, budget };
  const kept = index.filter((stored) => stored.id !== record.id);
  const dropped: StoredUndo[] = [];
  const total = () => kept.reduce((sum, stored) => sum + stored.bytes, bytes) + indexBytes([...kept, entry]);
  while (kept.length > 0 && total() > budget) dropped.push(kept.shift() as StoredUndo);
  const next = [...kept, entry];
  const writing = new Set(keys);
  const replaced = index.filter((stored) => stored.id === record.id);
  const remove = [...replaced, ...dropped].flatMap((stored) => stored.keys).filter((key) => !writing.has(key));
  const set = pieces.map((value, n) => ({ key: keys[n], value }));
  set.push({ key: UNDO_INDEX_KEY, value: JSON.stringify(next) });
  return { ok: true, set, remove, index: next, dropped };
}

/** The index without record `id`, once it was undone or is no longer wanted. */
export function forgetUndo(
  index: readonly StoredUndo[],
  id: string,
): { set: { key: string; value: string }[]; remove: string[]; index: StoredUndo[] } {
  const next = index.filter((stored) => stored.id !== id);
  const remove = index.filter((stored) => stored.id === id).flatMap((stored) => stored.keys);
  return { set: [{ key: UNDO_INDEX_KEY, value: JSON.stringify(next) }], remove, index: next };
}

function parsed(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The stored index, oldest first; entries of the wrong shape are dropped (settings travel in files anyone can edit). */
export function parseUndoIndex(value: unknown): StoredUndo[] {
  const list = parsed(value);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const e = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const ok =
      typeof e.id === "string" &&
      typeof e.sheet === "string" &&
      typeof e.at === "string" &&
      typeof e.cells === "number" &&
      typeof e.bytes === "number" &&
      isStringArray(e.keys);
    return ok
      ? [{ id: e.id, sheet: e.sheet, at: e.at, cells: e.cells, keys: e.keys, bytes: e.bytes } as StoredUndo]
      : [];
  });
}

/** The record `entry` stands for, its pieces read with `get`; null when a piece is missing or the whole is damaged. */
export function readUndoRecord(entry: StoredUndo, get: (key: string) => unknown): UndoRecord | null {
  let text = "";
  for (const key of entry.keys) {
    const piece = get(key);
    if (typeof piece !== "string") return null;
    text += piece;
  }
  const record = fromStored(parsed(text));
  return record !== null && record.id === entry.id ? record : null;
}
