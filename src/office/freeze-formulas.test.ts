import {
  createFakeHost,
  PAYLOAD_LIMIT,
  type SheetModel,
  sheetByName,
  snapshot,
  workbookFromGrid,
} from "../../test/host";
import { cellOf } from "../../test/host/inspect";
import { findCadreFormulas } from "./cadre-formulas";
import { STAMP_KEY, STAMP_SHEET, stampCheck } from "./check-stamp";
import { freezeCadreFormulas } from "./freeze-formulas";
import { OWN_SHEETS_KEY } from "./own-sheets";
import { undoLastRepair } from "./undo-repairs";

const ROSTER = "Danh sách";
const CAPS = { spills: true };
const PLAN = "Kế hoạch";

/** A roster with ages and a plan sheet worked out by CADRE functions; values are what Excel last calculated. */
function setup(apiVersion?: string) {
  const workbook = workbookFromGrid([
    {
      name: ROSTER,
      rows: [
        ["Họ và tên", "Ngày sinh", "Tuổi", "Ghi chú"],
        ["Nông Thị Hạnh", 32944, 35, "=CADRE.AGE(B2) ghi tay"],
        ["Lục Văn Thắng", 32215, 37, 2],
      ],
      numberFormats: [
        [null, null, null, null],
        [null, "dd/mm/yyyy", "0", "@"],
        [null, "dd/mm/yyyy", "0", null],
      ],
      formulas: [
        [null, null, null, null],
        [null, null, "=CADRE.AGE(B2)", null],
        [null, null, "=cadre.age(B3)", "=1+1"],
      ],
    },
    {
      name: PLAN,
      rows: [
        ["Chỉ tiêu", "Đạt"],
        [10, 0.7],
      ],
      formulas: [
        [null, null],
        [null, '=CADRE.PLAN_PCT(A2,"Danh sách")'],
      ],
    },
  ]);
  return createFakeHost(workbook, apiVersion ? { apiVersion } : {});
}

describe("preparing a workbook for email", () => {
  it("finds exactly the cells whose formulas call CADRE functions, on every sheet", async () => {
    const host = setup();
    const found = await findCadreFormulas(host.context());
    expect(found.map((c) => [c.sheet, c.cell, c.functions])).toEqual([
      [ROSTER, "C2", ["AGE"]],
      [ROSTER, "C3", ["AGE"]],
      [PLAN, "B2", ["PLAN_PCT"]],
    ]);
    expect((await findCadreFormulas(host.context(), PLAN)).map((c) => c.cell)).toEqual(["B2"]);
  });

  it("replaces them by their values in place, and undo brings the formulas back exactly", async () => {
    const host = setup();
    const before = snapshot(host.workbook);
    const found = await findCadreFormulas(host.context());

    expect(await freezeCadreFormulas(host.context(), found, "in-place", { lang: "vi", caps: CAPS })).toEqual({
      cells: 3,
      copies: [],
      notice: null,
    });
    const roster = sheetByName(host.workbook, ROSTER);
    expect(cellOf(roster, "C2")).toEqual({
      ...cellOf(sheetByName(before, ROSTER), "C2"),
      formula: undefined,
      value: 35,
    });
    expect(cellOf(roster, "C2")?.formula).toBeUndefined();
    expect(cellOf(sheetByName(host.workbook, PLAN), "B2")).toMatchObject({ value: 0.7 });
    expect(cellOf(roster, "D3")?.formula).toBe("=1+1");
    expect(await findCadreFormulas(host.context())).toEqual([]);

    // One record per sheet, newest last: two undos put both sheets back.
    expect(await undoLastRepair(host.context())).toMatchObject({ status: "done", sheet: PLAN, cells: 1 });
    expect(await undoLastRepair(host.context())).toMatchObject({ status: "done", sheet: ROSTER, cells: 2 });
    // Excel calculates a restored formula again (the fake does not): all else must be as it was.
    const uncalculated = (sheets: SheetModel[]) =>
      sheets.map((s) => ({
        ...s,
        cells: s.cells.map((row) => row?.map((cell) => (cell?.formula ? { ...cell, value: null } : cell))),
      }));
    expect(uncalculated(host.workbook.sheets)).toEqual(uncalculated(before.sheets));
    expect(cellOf(sheetByName(host.workbook, ROSTER), "C3")?.formula).toBe("=cadre.age(B3)");
  });

  it("in copy mode changes only a copy of each sheet, placed after it", async () => {
    const host = setup();
    const before = snapshot(host.workbook);
    const found = await findCadreFormulas(host.context(), ROSTER);

    const result = await freezeCadreFormulas(host.context(), found, "copy", { lang: "vi", caps: CAPS });

    expect(result).toEqual({ cells: 2, copies: [`${ROSTER} (2)`], notice: null });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([ROSTER, `${ROSTER} (2)`, PLAN]);
    expect(sheetByName(host.workbook, ROSTER)).toEqual(sheetByName(before, ROSTER));
    const copy = sheetByName(host.workbook, `${ROSTER} (2)`);
    expect(cellOf(copy, "C3")).toMatchObject({ value: 37, numberFormat: "0" });
    expect(cellOf(copy, "C3")?.formula).toBeUndefined();
    expect(cellOf(copy, "D2")).toEqual(cellOf(sheetByName(before, ROSTER), "D2"));
    // The copy is recorded as the add-in's own sheet, by id; nothing else in the settings changes.
    expect(JSON.parse(String(host.workbook.settings[OWN_SHEETS_KEY]))).toEqual([{ id: copy.id, role: "email-copy" }]);
    expect({ ...host.workbook.settings, [OWN_SHEETS_KEY]: undefined }).toEqual({
      ...before.settings,
      [OWN_SHEETS_KEY]: undefined,
    });
  });

  it("stamps the date and result of the last check in the settings and on a sheet of its own", async () => {
    const host = setup();
    const checkedAt = new Date(2025, 10, 3, 9, 5);
    await stampCheck(host.context(), { sheet: ROSTER, checkedAt, errors: 2, warnings: 1, infos: 0, frozen: 3 }, "vi");
    await stampCheck(host.context(), { sheet: ROSTER, checkedAt, errors: 0, warnings: 1, infos: 0, frozen: 3 }, "vi");

    expect(JSON.parse(String(host.workbook.settings[STAMP_KEY]))).toEqual({
      sheet: ROSTER,
      checkedAt: checkedAt.toISOString(),
      errors: 0,
      warnings: 1,
      infos: 0,
      frozen: 3,
    });
    const stamp = sheetByName(host.workbook, STAMP_SHEET);
    expect(host.workbook.sheets.filter((s) => s.name === STAMP_SHEET)).toHaveLength(1);
    expect(stamp.cells.map((row) => row?.[0]?.value)).toEqual([
      "Thông tin kiểm tra danh sách",
      `Trang tính được kiểm tra: ${ROSTER}`,
      "Thời điểm kiểm tra: 09:05 03/11/2025",
      "Kết quả: 0 lỗi, 1 cảnh báo, 0 lưu ý",
      "Số ô công thức CADRE đã thay bằng giá trị: 3",
    ]);
  });
});

describe("preparing a workbook with spilled CADRE results for email", () => {
  const AGES = "=CADRE.AGE(B2:B6,TODAY())";
  const RESULTS = [[35], [40], [25], [61], [19]];

  /** C2 holds the formula; its ages spill down to C6. */
  function spilled(apiVersion?: string) {
    const workbook = workbookFromGrid([
      {
        name: ROSTER,
        rows: [
          ["Họ và tên", "Năm sinh", "Tuổi"],
          ["An", 1990, null],
          ["Bình", 1985, null],
          ["Chi", 2000, null],
          ["Dũng", 1964, null],
          ["Em", 2006, null],
        ],
        formulas: [
          [null, null, null],
          [null, null, AGES],
        ],
        results: { [AGES]: RESULTS },
      },
    ]);
    return createFakeHost(workbook, apiVersion ? { apiVersion } : {});
  }

  const shown = async (host: ReturnType<typeof spilled>) => {
    const context = host.context();
    const range = context.workbook.worksheets.getItem(ROSTER).getRange("C2:C6").load("values,formulas");
    await context.sync();
    return { values: range.values.map((r) => r[0]), formulas: range.formulas.map((r) => r[0]) };
  };

  it("replaces a spilling formula by every one of its results; undo empties the spill and brings the formula back", async () => {
    const host = spilled();
    const found = await findCadreFormulas(host.context());
    expect(found.map((c) => c.cell)).toEqual(["C2"]);

    const result = await freezeCadreFormulas(host.context(), found, "in-place", { lang: "vi", caps: CAPS });

    expect(result.cells).toBe(1);
    expect(await shown(host)).toEqual({ values: [35, 40, 25, 61, 19], formulas: [35, 40, 25, 61, 19] });
    expect(await undoLastRepair(host.context())).toMatchObject({ status: "done", cells: 5 });
    expect(await shown(host)).toEqual({ values: [35, 40, 25, 61, 19], formulas: [AGES, 40, 25, 61, 19] });
    const sheet = sheetByName(host.workbook, ROSTER);
    expect(["C3", "C4", "C5", "C6"].map((a) => cellOf(sheet, a)?.value ?? null)).toEqual([null, null, null, null]);
  });

  it("gives the copy every spilled value, and records the copy as the add-in's own sheet", async () => {
    const host = spilled();
    const found = await findCadreFormulas(host.context());
    const result = await freezeCadreFormulas(host.context(), found, "copy", { lang: "vi", caps: CAPS });
    const copy = sheetByName(host.workbook, result.copies[0]);
    expect(["C2", "C3", "C4", "C5", "C6"].map((a) => cellOf(copy, a)?.value)).toEqual([35, 40, 25, 61, 19]);
    expect(cellOf(copy, "C2")?.formula).toBeUndefined();
    expect(await shown(host)).toEqual({ values: [35, 40, 25, 61, 19], formulas: [AGES, 40, 25, 61, 19] });
  });

  it("calculates first in Manual calculation mode, so no stale value goes out", async () => {
    const host = spilled();
    host.workbook.calculationMode = "Manual";
    const anchor = cellOf(sheetByName(host.workbook, ROSTER), "C2");
    if (!anchor) throw new Error("C2 holds the formula");
    anchor.value = 34;
    anchor.spill = [[34], [39], [24], [60], [18]];
    const found = await findCadreFormulas(host.context());
    await freezeCadreFormulas(host.context(), found, "in-place", { lang: "vi", caps: CAPS });
    expect((await shown(host)).values).toEqual([35, 40, 25, 61, 19]);
    expect(host.workbook.recalculations).toBe(1);
  });

  it("refuses, changing nothing, before ExcelApi 1.12 or while a result is still being calculated", async () => {
    const old = spilled("1.11");
    const before = snapshot(old.workbook);
    const found = await findCadreFormulas(old.context());
    await expect(
      freezeCadreFormulas(old.context(), found, "in-place", { lang: "vi", caps: { spills: false } }),
    ).rejects.toMatchObject({ reason: "no-spill-api" });
    expect(old.workbook).toEqual(before);

    const busy = spilled();
    const sheet = sheetByName(busy.workbook, ROSTER);
    sheet.results = { [AGES]: [[{ error: "#BUSY!" }], [40], [25], [61], [19]] };
    const busyBefore = snapshot(busy.workbook);
    await expect(
      freezeCadreFormulas(busy.context(), await findCadreFormulas(busy.context()), "in-place", {
        lang: "vi",
        caps: CAPS,
      }),
    ).rejects.toMatchObject({ reason: "still-calculating" });
    expect(busy.workbook).toEqual(busyBefore);
  });
});

describe("preparing 20,000 CADRE cells for email on Excel on the web", () => {
  it("replaces and restores them in a few requests, each under the 5 MB limit", async () => {
    const count = 20_000;
    const rows = Array.from({ length: count }, (_, i) => [`Cán bộ ${i}`, 30000 + i, 30 + (i % 20)]);
    const formulas = rows.map((_, i) => [null, null, `=CADRE.AGE(B${i + 1})`]);
    const host = createFakeHost(workbookFromGrid([{ name: ROSTER, rows, formulas }]));
    const found = await findCadreFormulas(host.context());
    expect(found).toHaveLength(count);

    host.resetStats();
    await freezeCadreFormulas(host.context(), found, "in-place", { lang: "vi", caps: CAPS });
    expect(host.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(host.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(host.stats.syncs).toBeLessThanOrEqual(10);
    const sheet = sheetByName(host.workbook, ROSTER);
    expect(cellOf(sheet, `C${count}`)).toMatchObject({ value: 30 + ((count - 1) % 20) });
    expect(cellOf(sheet, `C${count}`)?.formula).toBeUndefined();

    host.resetStats();
    expect(await undoLastRepair(host.context())).toMatchObject({ status: "done", cells: count });
    expect(host.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(host.stats.syncs).toBeLessThanOrEqual(6);
    expect(cellOf(sheet, `C${count}`)?.formula).toBe(`=CADRE.AGE(B${count})`);
  });
});
