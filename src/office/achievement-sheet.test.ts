import { cellOf, createFakeHost, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import type { CategoryResult } from "../core/consolidate/types";
import { ACHIEVEMENT_FILLS, ACHIEVEMENT_SHEET, writeAchievementSheet } from "./achievement-sheet";

/** The article's seven categories with a target, a category without one and one nobody was sent for. */
const ARTICLE: [string, number, number | null][] = [
  ["Thạc sĩ – Giáo dục", 30, 10],
  ["Y tế: chuyên khoa cấp I và thạc sĩ", 117, 41],
  ["Văn hóa, du lịch", 4, 4],
  ["Bồi dưỡng QLNN ngạch chuyên viên cao cấp, chuyên viên chính", 79, 175],
  ["Bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương", 139, 200],
  ["Cao cấp lý luận chính trị (tập trung và không tập trung)", 430, 181],
  ["Luân chuyển cán bộ diện Ban Thường vụ Tỉnh ủy quản lý", 24, 40],
  ["=Bồi dưỡng kỹ năng lãnh đạo, quản lý", 241, null],
  ["Tiến sĩ", 0, null],
];

function category([label, sent, target]: [string, number, number | null], row: number): CategoryResult {
  return {
    label,
    row,
    target,
    rows: sent,
    sent,
    zeroSent: sent === 0,
    share: target ? sent / target : null,
    percent: target ? Math.round((sent * 100) / target) : null,
    status: target ? (sent > target ? "exceeded" : sent === target ? "met" : "not-met") : null,
    gap: target ? Math.max(0, target - sent) : null,
  };
}

const INPUT = {
  achievement: ARTICLE.map((c, i) => category(c, 5 + i)),
  rotation: { label: ARTICLE[6][0], rotated: 24, quota: 40, share: 0.6, percent: 60 },
  files: 7,
  people: 1264,
};

function setup(apiVersion = "1.13") {
  return createFakeHost(
    workbookFromGrid([
      {
        name: "Danh sách",
        rows: [
          ["STT", "Họ và tên"],
          [1, "Nguyễn Văn An"],
        ],
      },
    ]),
    { apiVersion },
  );
}

/** What Excel shows in a range, read through the API: calculated values, formulas and formats. */
async function shown(host: ReturnType<typeof setup>, address: string) {
  const context = host.context();
  const range = context.workbook.worksheets
    .getItem(ACHIEVEMENT_SHEET)
    .getRange(address)
    .load("values,formulas,numberFormat");
  await context.sync();
  return { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat };
}

const asPercent = (value: unknown) => (typeof value === "number" ? `${Math.round(value * 100)}%` : value);

describe("writeAchievementSheet", () => {
  it("computes share of plan, status and still needed with native formulas, shown as percentages", async () => {
    const host = setup();
    const before = snapshot(host.workbook);
    expect(await writeAchievementSheet(host.context(), INPUT, "vi")).toEqual({
      sheet: ACHIEVEMENT_SHEET,
      categories: 9,
    });

    const table = await shown(host, "A5:F13");
    expect(table.values.slice(0, 7).map((r) => asPercent(r[3]))).toEqual([
      "300%",
      "285%",
      "100%",
      "45%",
      "70%",
      "238%",
      "60%",
    ]);
    expect(table.values.slice(0, 7).map((r) => r[4])).toEqual([
      "Vượt kế hoạch",
      "Vượt kế hoạch",
      "Đạt kế hoạch",
      "Chưa đạt kế hoạch",
      "Chưa đạt kế hoạch",
      "Vượt kế hoạch",
      "Chưa đạt kế hoạch",
    ]);
    expect(table.values.slice(0, 7).map((r) => r[5])).toEqual([0, 0, 0, 96, 61, 0, 16]);
    expect(table.formulas[0].slice(3)).toEqual([
      '=IF(C5>0,B5/C5,"")',
      '=IF(C5>0,IF(B5>C5,"Vượt kế hoạch",IF(B5=C5,"Đạt kế hoạch","Chưa đạt kế hoạch")),"")',
      '=IF(C5>0,MAX(C5-B5,0),"")',
    ]);
    expect(table.numberFormat.map((r) => r[3])).toEqual(Array(9).fill("0%"));
    // No target: the figures stay blank rather than show an error.
    expect(table.values[7].slice(1, 6)).toEqual([241, "", "", "", ""]);
    expect(host.workbook.sheets.slice(0, 1)).toEqual(before.sheets);
  });

  it("uses no CADRE function anywhere, so it reads the same without the add-in", async () => {
    const host = setup();
    await writeAchievementSheet(host.context(), INPUT, "en", { chart: true, conditionalFormats: true });
    const formulas = sheetByName(host.workbook, ACHIEVEMENT_SHEET)
      .cells.flat()
      .map((cell) => cell?.formula ?? "");
    expect(formulas.filter(Boolean).length).toBeGreaterThan(20);
    expect(formulas.join("\n")).not.toMatch(/CADRE/i);
    expect((await shown(host, "E5")).values).toEqual([["Exceeded"]]);
  });

  it("keeps a category name that looks like a formula as text", async () => {
    const host = setup();
    await writeAchievementSheet(host.context(), INPUT, "vi");
    const cell = cellOf(sheetByName(host.workbook, ACHIEVEMENT_SHEET), "A12");
    expect(cell).toMatchObject({ value: "=Bồi dưỡng kỹ năng lãnh đạo, quản lý", numberFormat: "@" });
    expect(cell?.formula).toBeUndefined();
  });

  it("flags categories nobody was sent for and adds the rotation line", async () => {
    const host = setup();
    await writeAchievementSheet(host.context(), INPUT, "vi");
    expect((await shown(host, "G13")).values).toEqual([["Chưa cử người nào"]]);
    const rotation = await shown(host, "A15:F15");
    expect(rotation.values[0].map((v, i) => (i === 3 ? asPercent(v) : v))).toEqual([
      `Luân chuyển: đã luân chuyển / chỉ tiêu (${ARTICLE[6][0]})`,
      24,
      40,
      "60%",
      "Chưa đạt kế hoạch",
      16,
    ]);
    expect((await shown(host, "A16:B16")).values).toEqual([["Danh mục chưa cử người nào", "Tiến sĩ"]]);
  });

  it("colours the shares and the empty categories with its own conditional formats, and charts the shares", async () => {
    const host = setup();
    await writeAchievementSheet(host.context(), INPUT, "vi", { chart: true, conditionalFormats: true });
    const sheet = sheetByName(host.workbook, ACHIEVEMENT_SHEET);
    expect(sheet.conditionalFormats.map((f) => f.fill).sort()).toEqual(Object.values(ACHIEVEMENT_FILLS).sort());
    expect(sheetByName(host.workbook, "Danh sách").conditionalFormats).toEqual([]);
    expect(sheet.charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered", title: "Tỷ lệ thực hiện so với kế hoạch" }),
    ]);
    // The chart's data: the seven categories with a target and their shares.
    const data = await shown(host, "I5:J11");
    expect(data.values.map(([label, share]) => [label, asPercent(share)])).toEqual(
      ARTICLE.slice(0, 7).map(([label], i) => [label, ["300%", "285%", "100%", "45%", "70%", "238%", "60%"][i]]),
    );
  });

  it("replaces its earlier sheet, in two syncs", async () => {
    const host = setup();
    await writeAchievementSheet(host.context(), INPUT, "vi");
    host.resetStats();
    await writeAchievementSheet(
      host.context(),
      { ...INPUT, achievement: INPUT.achievement.slice(0, 1), rotation: null },
      "vi",
      { chart: true },
    );
    expect(host.stats.syncs).toBe(2);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Danh sách", ACHIEVEMENT_SHEET]);
    expect((await shown(host, "A6:A7")).values).toEqual([[""], [""]]);
    expect(host.workbook.activeSheet).toBe(ACHIEVEMENT_SHEET);
  });
});
