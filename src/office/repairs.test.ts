import {
  createFakeHost,
  type FakeValue,
  PAYLOAD_LIMIT,
  sheetByName,
  snapshot,
  workbookFromGrid,
} from "../../test/host";
import { cellOf } from "../../test/host/inspect";
import { rosterSheet } from "../../test/host/sample-roster";
import type { GridSheet } from "../../test/host/workbook-from-grid";
import { validateSheet } from "../core/engine";
import { planRepairs, type Repair, UNDO_INDEX_KEY } from "../core/repair";
import { detectCapabilities } from "./capabilities";
import { readSheet } from "./read-sheet";
import { applyRepairs } from "./repairs";
import { lastRepair, undoLastRepair } from "./undo-repairs";

const SHEET = "Danh sách";
const CAPS = { spills: true, cellProperties: true };
const COLUMNS = "ABCDEFGHIJKLM";

/** Problems a clerk would fix: legacy names in their legacy fonts, stray spaces, a text date, hostile text. */
const PLANTED: { cell: string; value: FakeValue; font?: string; format?: string }[] = [
  { cell: "B6", value: "NguyÔn V¨n Tó", font: ".VnTime" },
  { cell: "B7", value: "NguyeÃn Vaên Khoâi", font: "VNI-Times" },
  { cell: "B8", value: " Nông  Thị Hạnh " },
  { cell: "C9", value: "12/03/1990", format: "@" },
  { cell: "G10", value: ' =HYPERLINK("http://x")' },
  { cell: "G11", value: "  +1  " },
];

function plantedRoster(): GridSheet {
  const sheet = rosterSheet(SHEET, 30);
  const at = (cell: string) => ({ row: Number(cell.slice(1)) - 1, col: COLUMNS.indexOf(cell[0]) });
  const rows = sheet.rows.map((r) => [...r]);
  const fonts = rows.map((r) => r.map((v): string | null => (v === null ? null : "Times New Roman")));
  const formats = (sheet.numberFormats ?? []).map((r) => [...r]);
  for (const p of PLANTED) {
    const { row, col } = at(p.cell);
    rows[row][col] = p.value;
    fonts[row][col] = p.font ?? "Times New Roman";
    if (p.format) formats[row][col] = p.format;
  }
  return { ...sheet, rows, fonts, numberFormats: formats };
}

async function setup() {
  const host = createFakeHost(workbookFromGrid([plantedRoster(), { name: "Khác", rows: [["x"]] }]));
  const caps = detectCapabilities(host.Office.context.requirements);
  const input = await readSheet(host.context(), { sheet: SHEET }, { caps });
  const repairs = planRepairs(validateSheet(input, { lang: "vi" }), input);
  return { host, repairs };
}

const sheetCells = (host: ReturnType<typeof createFakeHost>) => sheetByName(host.workbook, SHEET).cells;

describe("applyRepairs and undoLastRepair", () => {
  it("write exact Unicode, real dates and a Unicode font, and touch no cell without a fix", async () => {
    const { host, repairs } = await setup();
    const before = snapshot(host.workbook);

    const result = await applyRepairs(host.context(), SHEET, repairs, { lang: "vi", caps: CAPS });

    expect(result).toMatchObject({ repaired: repairs.length, stale: [] });
    const sheet = sheetByName(host.workbook, SHEET);
    expect(cellOf(sheet, "B6")).toMatchObject({ value: "Nguyễn Văn Tú", font: { name: "Times New Roman" } });
    expect(cellOf(sheet, "B7")).toMatchObject({ value: "Nguyễn Văn Khôi", font: { name: "Times New Roman" } });
    expect(cellOf(sheet, "B8")).toMatchObject({ value: "Nông Thị Hạnh" });
    expect(cellOf(sheet, "C9")).toMatchObject({ value: 32944, numberFormat: "dd/mm/yyyy" });
    // Hostile text stays text: no formula, no number.
    expect(cellOf(sheet, "G10")).toEqual(expect.objectContaining({ value: '=HYPERLINK("http://x")' }));
    expect(cellOf(sheet, "G10")?.formula).toBeUndefined();
    expect(cellOf(sheet, "G11")).toEqual(expect.objectContaining({ value: "+1" }));
    const repaired = new Set(repairs.map((r) => r.cell));
    expect(repaired).toEqual(new Set(PLANTED.map((p) => p.cell)));
    const original = sheetByName(before, SHEET);
    original.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!repaired.has(`${COLUMNS[c]}${r + 1}`)) expect(sheet.cells[r]?.[c]).toEqual(cell);
      }),
    );
  });

  it("undo puts back every cell's value, number format and font, even after the file was reopened", async () => {
    const { host, repairs } = await setup();
    const before = snapshot(host.workbook);
    await applyRepairs(host.context(), SHEET, repairs, { lang: "vi", caps: CAPS });
    expect(await lastRepair(host.context())).toMatchObject({ sheet: SHEET, cells: repairs.length });

    // Saved and opened again: only what the file keeps (cells and settings) is left.
    const reopened = createFakeHost(snapshot(host.workbook));
    expect(await undoLastRepair(reopened.context())).toEqual({ status: "done", sheet: SHEET, cells: repairs.length });

    expect(sheetCells(reopened)).toEqual(sheetByName(before, SHEET).cells);
    expect(reopened.workbook.settings[UNDO_INDEX_KEY]).toBe("[]");
    expect(Object.keys(reopened.workbook.settings)).toEqual([UNDO_INDEX_KEY]);
    expect(await undoLastRepair(reopened.context())).toEqual({ status: "none" });
  });

  it("refuses to undo over a cell the user changed since, and changes nothing", async () => {
    const { host, repairs } = await setup();
    await applyRepairs(host.context(), SHEET, repairs, { lang: "vi", caps: CAPS });
    const edited = cellOf(sheetByName(host.workbook, SHEET), "B8");
    if (edited) edited.value = "Nông Thị Hạnh Mai";
    const after = snapshot(host.workbook);

    expect(await undoLastRepair(host.context())).toEqual({ status: "conflict", sheet: SHEET, cells: ["B8"] });
    expect(host.workbook).toEqual(after);
  });

  it("leaves alone a cell whose value changed since the check", async () => {
    const { host, repairs } = await setup();
    const edited = cellOf(sheetByName(host.workbook, SHEET), "B6");
    if (edited) edited.value = "Nguyễn Văn Tú Anh";

    const result = await applyRepairs(host.context(), SHEET, repairs, { lang: "vi", caps: CAPS });

    expect(result).toMatchObject({ repaired: repairs.length - 1, stale: ["B6"] });
    expect(cellOf(sheetByName(host.workbook, SHEET), "B6")).toMatchObject({
      value: "Nguyễn Văn Tú Anh",
      font: { name: ".VnTime" },
    });
  });
});

describe("the number of round trips", () => {
  function spaced(count: number) {
    const rows = Array.from({ length: count }, (_, i) => [`Nguyễn  Văn ${String.fromCharCode(65 + (i % 26))}`]);
    const host = createFakeHost(workbookFromGrid([{ name: SHEET, rows }]));
    const repairs: Repair[] = rows.map((row, i) => ({
      cell: `A${i + 1}`,
      row: i + 1,
      col: 1,
      rules: ["whitespace"],
      before: row[0],
      after: row[0].replace("  ", " "),
    }));
    return { host, repairs };
  }

  it("does not grow with the number of repairs", async () => {
    const syncs: number[] = [];
    for (const count of [10, 1000]) {
      const { host, repairs } = spaced(count);
      await applyRepairs(host.context(), SHEET, repairs, { lang: "vi", caps: CAPS });
      await undoLastRepair(host.context());
      expect(cellOf(sheetByName(host.workbook, SHEET), `A${count}`)?.value).toBe(repairs[count - 1].before);
      syncs.push(host.stats.syncs);
    }
    expect(syncs[0]).toBe(syncs[1]);
  });
});

describe("repairs at the scale of Excel on the web's 5 MB limit", () => {
  /** `count` names with a stray space in `columns` columns from B5, in every `step`-th row. */
  function names(count: number, columns: number, step: number) {
    const repairs: Repair[] = [];
    const cells: (FakeValue | null)[][] = [];
    for (let i = 0; i < count; i++) {
      const col = 2 + (i % columns);
      const row = 5 + step * Math.floor(i / columns);
      const before = `Lê Văn Hà ${i} `;
      (cells[row - 1] ??= [])[col - 1] = before;
      repairs.push({
        cell: `${COLUMNS[col - 1]}${row}`,
        row,
        col,
        rules: ["whitespace"],
        before,
        after: before.trimEnd(),
      });
    }
    const rows = Array.from({ length: cells.length }, (_, r) =>
      Array.from({ length: columns + 1 }, (_, c) => cells[r]?.[c] ?? null),
    );
    const host = createFakeHost(workbookFromGrid([{ name: SHEET, rows }]));
    return { host, repairs };
  }

  async function repairAndUndo(count: number, columns: number, step: number) {
    const { host, repairs } = names(count, columns, step);
    const before = snapshot(host.workbook);
    const result = await applyRepairs(host.context(), SHEET, repairs, { lang: "vi", caps: CAPS });
    const repairStats = structuredClone(host.stats);
    const last = repairs[count - 1];
    expect(result).toMatchObject({ repaired: count, stale: [], computed: [] });
    expect(cellOf(sheetByName(host.workbook, SHEET), last.cell)?.value).toBe(last.after);
    host.resetStats();
    expect(await undoLastRepair(host.context())).toEqual({ status: "done", sheet: SHEET, cells: count });
    expect(sheetByName(host.workbook, SHEET).cells).toEqual(sheetByName(before, SHEET).cells);
    return { repair: repairStats, undo: structuredClone(host.stats) };
  }

  it("repairs and undoes 20,000 names down one column in a few requests, each under the limit", async () => {
    const { repair, undo } = await repairAndUndo(20_000, 1, 1);
    expect(repair.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(repair.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(repair.syncs).toBeLessThanOrEqual(3);
    expect(undo.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(undo.syncs).toBeLessThanOrEqual(4);
  });

  it("splits 20,000 scattered cells into requests under the limit, their number bounded by their weight", async () => {
    const { repair, undo } = await repairAndUndo(20_000, 2, 2);
    for (const stats of [repair, undo]) {
      expect(stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(stats.syncs).toBeLessThanOrEqual(10);
      // Each cell its own range: more than one request's worth, so several requests.
      expect(stats.requestBytes.filter((bytes) => bytes > PAYLOAD_LIMIT / 2).length).toBeGreaterThan(1);
    }
  });
});

describe("cells Excel computes", () => {
  const SPACED = "=CADRE.VN_UNICODE(A2:A3)";

  it("are left alone: a formula, and the results a formula spilled, which a write would destroy", async () => {
    const host = createFakeHost(
      workbookFromGrid([
        {
          name: SHEET,
          rows: [
            ["Tên gốc", "Tên", "Công thức"],
            ["Nguyen ", null, "  Bình"],
            ["Chi ", null, null],
          ],
          formulas: [
            [null, null, null],
            [null, SPACED, '="  Bình"'],
          ],
          results: { [SPACED]: [["Nguyen "], ["Chi "]] },
        },
      ]),
    );
    const repairs: Repair[] = [
      { cell: "B2", row: 2, col: 2, rules: ["whitespace"], before: "Nguyen ", after: "Nguyen" },
      { cell: "B3", row: 3, col: 2, rules: ["whitespace"], before: "Chi ", after: "Chi" },
      { cell: "C2", row: 2, col: 3, rules: ["whitespace"], before: "  Bình", after: "Bình" },
      { cell: "A3", row: 3, col: 1, rules: ["whitespace"], before: "Chi ", after: "Chi" },
    ];
    const before = snapshot(host.workbook);

    const result = await applyRepairs(host.context(), SHEET, repairs, { lang: "vi", caps: CAPS });

    expect(result).toMatchObject({ repaired: 1, computed: ["B2", "B3", "C2"] });
    const sheet = sheetByName(host.workbook, SHEET);
    expect(cellOf(sheet, "A3")?.value).toBe("Chi");
    expect([cellOf(sheet, "B2"), cellOf(sheet, "B3"), cellOf(sheet, "C2")]).toEqual([
      cellOf(sheetByName(before, SHEET), "B2"),
      cellOf(sheetByName(before, SHEET), "B3"),
      cellOf(sheetByName(before, SHEET), "C2"),
    ]);
  });
});
