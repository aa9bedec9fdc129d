import { ARTICLE_INPUT } from "../../../test/support/sheets/article";
import { cellAt, shownValues } from "../../../test/support/sheets/description";
import { FORECAST, PROGRESS } from "../../../test/support/sheets/progress";
import { achievementReportSheet } from "./achievement-report";

describe("the progress by year under the achievement report", () => {
  const sheet = achievementReportSheet({ ...ARTICLE_INPUT, madeAt: new Date(2019, 10, 20), progress: PROGRESS }, "vi");
  const top = sheet.rows.findIndex((row) => row[0]?.value === "TIẾN ĐỘ THEO NĂM (GIAI ĐOẠN 2016 – 2020)") + 1;

  it("sits under the column chart, with people per year, those with no year, the total and the forecast", () => {
    expect(top).toBeGreaterThan(sheet.charts?.[0]?.position.bottom ?? Infinity);
    expect(shownValues(sheet, `A${top + 1}:J${top + 3}`)).toEqual([
      ["Danh mục", "Chỉ tiêu", "2016", "2017", "2018", "2019", "2020", "Không rõ năm", "Đã cử", "Dự báo cuối kỳ"],
      ["Luân chuyển", 40, 9, 3, 8, 4, 0, 0, 24, FORECAST],
      ["Kỹ năng lãnh đạo", null, 0, 0, 0, 241, 0, 2, 243, null],
    ]);
  });

  it("keeps the total and the forecast as plain formulas that follow an edited count or target", () => {
    const row = top + 2;
    expect(cellAt(sheet, `I${row}`)?.formula).toBe(`=SUM(C${row}:H${row})`);
    expect(cellAt(sheet, `J${row}`)?.formula).toBe(
      `=IF($B${row}>0,IF(DATE(2019,7,1)>=DATE(2020,12,31),I${row},I${row}*(DATE(2020,12,31)-DATE(2016,1,1))/(DATE(2019,7,1)-DATE(2016,1,1)))/$B${row},"")`,
    );
    // 24 sent in 1,277 of the term's 1,826 days: 34.3 at that pace, 86% of 40.
    expect(Math.round(Number(cellAt(sheet, `J${row}`)?.value) * 100)).toBe(86);
  });

  it("gives the cumulative share at each year's end for the categories with a target, drawn as lines", () => {
    const shares = top + 5;
    expect(
      shownValues(sheet, `A${shares}:F${shares + 1}`).map((r) =>
        r.map((v) => (typeof v === "number" ? Math.round(v * 100) : v)),
      ),
    ).toEqual([
      ["Tỷ lệ chỉ tiêu lũy kế cuối năm", "2016", "2017", "2018", "2019", "2020"],
      ["Luân chuyển", 23, 30, 50, 60, 60],
    ]);
    expect(cellAt(sheet, `D${shares + 1}`)?.formula).toBe(
      `=IF($B${top + 2}>0,SUM($C${top + 2}:E${top + 2})/$B${top + 2},"")`,
    );
    expect(sheet.charts?.[1]).toMatchObject({
      kind: "line",
      seriesBy: "rows",
      title: "Tỷ lệ chỉ tiêu lũy kế theo năm",
      source: { top: shares, left: 1, bottom: shares + 1, right: 6 },
    });
  });

  it("is left out when no row says when anyone was sent", () => {
    const none = achievementReportSheet(
      { ...ARTICLE_INPUT, madeAt: new Date(2019, 10, 20), progress: { ...PROGRESS, years: [], latest: null } },
      "vi",
    );
    expect(none.rows.some((row) => String(row[0]?.value ?? "").startsWith("TIẾN ĐỘ"))).toBe(false);
    expect(none.charts).toHaveLength(1);
  });
});
