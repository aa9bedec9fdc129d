import { storedSize, splitBySize } from "./stored-size";
import type { UndoRecord } from "./undo";
import { valueKey } from "./value-key";
import { undoStoreMessage } from "./undo-messages";
import {
  forgetUndo,
  parseUndoIndex,
  planUndoStore,
  readUndoRecord,
  type StoredUndo,
  UNDO_INDEX_KEY,
} from "./undo-store";

/** A record of `cells` repaired names, about 200 stored bytes each. */
function record(id: string, cells: number, sheet = "Danh sách"): UndoRecord {
  return {
    id,
    sheet,
    at: "2025-10-01T08:30:00.000Z",
    cells: Array.from({ length: cells }, (_, i) => ({
      address: `B${i + 5}`,
      before: { value: `NguyÔn V¨n ${i}`, numberFormat: "General", font: ".VnTime" },
      after: { key: valueKey(`Nguyễn Văn ${i}`), numberFormat: "General", font: "Times New Roman" },
    })),
  };
}

/** Settings as a map, changed the way a host would apply a plan. */
function store(settings: Map<string, string>, plan: { set: { key: string; value: string }[]; remove: string[] }): void {
  for (const key of plan.remove) settings.delete(key);
  for (const { key, value } of plan.set) settings.set(key, value);
}

describe("stored size", () => {
  it("counts what the file stores: quotes escaped twice, Vietnamese letters as UTF-8", () => {
    expect(storedSize("ab")).toBe(2);
    expect(storedSize('"')).toBe(7);
    expect(storedSize("ễ")).toBe(3);
    expect(storedSize("<&>")).toBe(13);
  });

  it("splits text into pieces within the limit without breaking a character, and they join back", () => {
    const text = 'Nguyễn Văn 😀 "An" '.repeat(500);
    const pieces = splitBySize(text, 1000);
    expect(pieces.join("")).toBe(text);
    expect(pieces.every((piece) => storedSize(piece) <= 1000)).toBe(true);
    expect(pieces.length).toBeGreaterThan(10);
  });
});

describe("planUndoStore", () => {
  it("stores a record in pieces under its own keys, listed in the index, and reads it back whole", () => {
    const settings = new Map<string, string>();
    const rec = record("a", 2000);
    const plan = planUndoStore([], rec, 1_000_000, 64_000);
    if (!plan.ok) throw new Error("refused");
    store(settings, plan);
    const index = parseUndoIndex(settings.get(UNDO_INDEX_KEY));
    expect(index).toHaveLength(1);
    expect(index[0].keys.length).toBeGreaterThan(1);
    expect(
      index[0].keys.every((key) => key.startsWith("cadre.undo.a.") && storedSize(settings.get(key) ?? "") <= 64_000),
    ).toBe(true);
    expect(readUndoRecord(index[0], (key) => settings.get(key))).toEqual(rec);
  });

  it("keeps a repair of 20,000 names down a column undoable within the default budget", () => {
    expect(planUndoStore([], record("a", 20_000)).ok).toBe(true);
  });

  it("drops the oldest records to make room, and says which can no longer be undone", () => {
    const settings = new Map<string, string>();
    let index: StoredUndo[] = [];
    for (const [id, sheet] of [
      ["a", "Sheet A"],
      ["b", "Sheet B"],
      ["c", "Sheet C"],
    ]) {
      const plan = planUndoStore(index, record(id, 1000, sheet), 100_000);
      if (!plan.ok) throw new Error("refused");
      store(settings, plan);
      index = plan.index;
      if (id === "c") {
        expect(plan.dropped.map((d) => d.id)).toEqual(["a"]);
        expect(undoStoreMessage(plan, "vi")).toBe(
          'Để có chỗ lưu bản hoàn tác mới, 1 lần sửa cũ nhất (trang "Sheet A") không còn hoàn tác được nữa.',
        );
        expect(undoStoreMessage(plan, "en")).toContain('the 1 oldest repair (sheet "Sheet A") can no longer be undone');
      }
    }
    expect(index.map((entry) => entry.id)).toEqual(["b", "c"]);
    expect([...settings.keys()].some((key) => key.startsWith("cadre.undo.a."))).toBe(false);
    const total = [...settings.values()].reduce((sum, value) => sum + storedSize(value) + 100, 0);
    expect(total).toBeLessThanOrEqual(100_000);
  });

  it("refuses a record too big for the budget, with a clear message, before anything is written", () => {
    const plan = planUndoStore([], record("big", 5000), 100_000);
    expect(plan.ok).toBe(false);
    expect(undoStoreMessage(plan, "vi")).toMatch(
      /^Không lưu được bản hoàn tác: lần sửa này thay đổi 5000 ô, cần khoảng \d+ KB, quá 100 KB/,
    );
    expect(undoStoreMessage(plan, "en")).toMatch(/^The undo record cannot be stored: these repairs change 5000 cells/);
  });

  it("replaces a record stored again under the same id, removing its pieces no longer used", () => {
    const settings = new Map<string, string>();
    const first = planUndoStore([], record("a", 3000), 1_000_000, 10_000);
    if (!first.ok) throw new Error("refused");
    store(settings, first);
    const second = planUndoStore(first.index, record("a", 10), 1_000_000, 10_000);
    if (!second.ok) throw new Error("refused");
    store(settings, second);
    expect([...settings.keys()].sort()).toEqual(["cadre.undo", "cadre.undo.a.0"]);
    expect(second.dropped).toEqual([]);
    expect(undoStoreMessage(second, "vi")).toBeNull();
  });

  it("forgets a record once undone", () => {
    const settings = new Map<string, string>();
    const plan = planUndoStore([], record("a", 10));
    if (!plan.ok) throw new Error("refused");
    store(settings, plan);
    store(settings, forgetUndo(plan.index, "a"));
    expect([...settings.entries()]).toEqual([["cadre.undo", "[]"]]);
  });
});

describe("reading what the file holds", () => {
  it("drops index entries of the wrong shape and reads junk as no index", () => {
    const good: StoredUndo = {
      id: "a",
      sheet: "S",
      at: "2025-10-01T08:30:00.000Z",
      cells: 1,
      keys: ["cadre.undo.a.0"],
      bytes: 10,
    };
    expect(parseUndoIndex(JSON.stringify([good, { id: 5 }, null]))).toEqual([good]);
    expect(parseUndoIndex([good])).toEqual([good]);
    expect(parseUndoIndex("not json")).toEqual([]);
  });

  it("gives null for a record with a piece missing or damaged", () => {
    const plan = planUndoStore([], record("a", 500), 1_000_000, 5_000);
    if (!plan.ok) throw new Error("refused");
    const settings = new Map(plan.set.map(({ key, value }) => [key, value]));
    const entry = plan.index[0];
    settings.delete(entry.keys[1]);
    expect(readUndoRecord(entry, (key) => settings.get(key))).toBeNull();
    expect(readUndoRecord({ ...entry, keys: [entry.keys[0]] }, (key) => settings.get(key))).toBeNull();
  });
});
