import { createFakeHost, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import { TONES } from "../core/colours";
import { ARTICLE, ARTICLE_INPUT, ARTICLE_PERCENTS } from "../../test/support/sheets/article";
import { FORECAST, PROGRESS } from "../../test/support/sheets/progress";
import { a1 } from "../core/grid/address";
import { ACHIEVEMENT_SHEET, writeAchievementSheet } from "./achievement-sheet";

const INPUT = ARTICLE_INPUT;

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
  it("writes formulas Excel calculates to the shares of plan, statuses and still needed, shown as percentages", async () => {
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
    expect(table.numberFormat[7][0]).toBe("@");
    // No target: the figures stay blank rather than show an error.
    expect(table.values[7].slice(1, 6)).toEqual([241, "", "", "", ""]);
    expect(host.workbook.sheets.slice(0, 1)).toEqual(before.sheets);
  });

  it("colours nobody sent amber, shares behind plan red and met shares green, and charts the shares", async () => {
    const host = setup();
    await writeAchievementSheet(host.context(), INPUT, "vi", { chart: true, conditionalFormats: true });
    const sheet = sheetByName(host.workbook, ACHIEVEMENT_SHEET);
    // Top priority first: a category nobody was sent for shows as such, whatever its share.
    expect(sheet.conditionalFormats.map((f) => [f.formula, f.fill, f.fontColor])).toEqual([
      ["=$B5=0", TONES.caution.fill, TONES.caution.text],
      ["=AND(ISNUMBER($D5),$D5<1)", TONES.bad.fill, TONES.bad.text],
      ["=AND(ISNUMBER($D5),$D5>=1)", TONES.good.fill, TONES.good.text],
    ]);
    expect(sheetByName(host.workbook, "Danh sách").conditionalFormats).toEqual([]);
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        title: "Tỷ lệ thực hiện so với kế hoạch",
        position: "A20:G38",
      }),
    ]);
    // The chart's data: the seven categories with a target and their shares.
    const data = await shown(host, "I5:J11");
    expect(data.values.map(([label, share]) => [label, asPercent(share)])).toEqual(
      ARTICLE.slice(0, 7).map(([label], i) => [label, ARTICLE_PERCENTS[i]]),
    );
  });

  it("draws the progress by year as a line per category, its shares calculated by Excel from the counts", async () => {
    const host = setup();
    await writeAchievementSheet(host.context(), { ...INPUT, progress: PROGRESS }, "vi", { chart: true });
    const line = sheetByName(host.workbook, ACHIEVEMENT_SHEET).charts?.[1];
    expect(line).toMatchObject({ type: "Line", seriesBy: "Rows", title: "Tỷ lệ chỉ tiêu lũy kế theo năm" });
    const { top, left, bottom, right } = line?.source ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const data = await shown(host, `${a1(top + 1, left + 1)}:${a1(bottom + 1, right + 1)}`);
    expect(data.values).toEqual([
      ["Tỷ lệ chỉ tiêu lũy kế cuối năm", "2016", "2017", "2018", "2019", "2020"],
      ["Luân chuyển", 0.225, 0.3, 0.5, 0.6, 0.6],
    ]);
    // The forecast, three rows up in the counts: DATE arithmetic over the term gives the core's figure.
    const [[forecast]] = (await shown(host, a1(top + 1 - 3, 10))).values;
    expect(forecast).toBeCloseTo(FORECAST ?? NaN, 12);
  });

  it("leaves colours and chart out where Excel has none, the status words still there", async () => {
    const host = setup("1.5");
    await writeAchievementSheet(host.context(), INPUT, "vi", { chart: false, conditionalFormats: false });
    const sheet = sheetByName(host.workbook, ACHIEVEMENT_SHEET);
    expect([sheet.conditionalFormats, sheet.charts ?? []]).toEqual([[], []]);
    expect((await shown(host, "E8")).values).toEqual([["Chưa đạt kế hoạch"]]);
  });

  it("replaces its earlier sheet, in three syncs: sheets read, sheet written, its id recorded", async () => {
    const host = setup();
    await writeAchievementSheet(host.context(), INPUT, "vi");
    host.resetStats();
    await writeAchievementSheet(
      host.context(),
      { ...INPUT, achievement: INPUT.achievement.slice(0, 1), rotation: null },
      "vi",
      { chart: true },
    );
    expect(host.stats.syncs).toBe(3);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Danh sách", ACHIEVEMENT_SHEET]);
    expect((await shown(host, "A6:A7")).values).toEqual([[""], [""]]);
    expect(host.workbook.activeSheet).toBe(ACHIEVEMENT_SHEET);
  });
});
