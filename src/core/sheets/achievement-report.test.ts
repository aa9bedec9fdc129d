import { ARTICLE, ARTICLE_INPUT, ARTICLE_PERCENTS } from "../../../test/support/sheets/article";
import { allCells, cellAt, shownValues } from "../../../test/support/sheets/description";
import { TONES } from "../colours";
import { achievementReportSheet, type AchievementInput } from "./achievement-report";

const INPUT: AchievementInput = { ...ARTICLE_INPUT, madeAt: new Date(2019, 10, 20, 8, 5) };

const asPercent = (value: unknown) => (typeof value === "number" ? `${Math.round(value * 100)}%` : value);

describe("the achievement report", () => {
  const vi = achievementReportSheet(INPUT, "vi");

  it("gives the article's shares of plan, status and still needed, as native formulas with their results", () => {
    const table = shownValues(vi, "A5:F11");
    expect(table.map((r) => asPercent(r[3]))).toEqual(["300%", "285%", "100%", "45%", "70%", "238%", "60%"]);
    expect(table.map((r) => r[4])).toEqual([
      "Vượt kế hoạch",
      "Vượt kế hoạch",
      "Đạt kế hoạch",
      "Chưa đạt kế hoạch",
      "Chưa đạt kế hoạch",
      "Vượt kế hoạch",
      "Chưa đạt kế hoạch",
    ]);
    expect(table.map((r) => r[5])).toEqual([0, 0, 0, 96, 61, 0, 16]);
    expect(["D5", "E5", "F5"].map((a) => cellAt(vi, a)?.formula)).toEqual([
      '=IF(C5>0,B5/C5,"")',
      '=IF(C5>0,IF(B5>C5,"Vượt kế hoạch",IF(B5=C5,"Đạt kế hoạch","Chưa đạt kế hoạch")),"")',
      '=IF(C5>0,MAX(C5-B5,0),"")',
    ]);
    expect(cellAt(vi, "D5")?.numberFormat).toBe("0%");
    // No target: sent stands, the figures stay blank rather than show an error.
    expect(shownValues(vi, "B12:F12")).toEqual([[241, null, null, null, null]]);
  });

  it("uses no CADRE function anywhere, so it reads the same without the add-in, and writes status words in English", () => {
    const en = achievementReportSheet(INPUT, "en");
    const formulas = allCells(en).flatMap(({ cell }) => (cell.formula ? [cell.formula] : []));
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.join("\n")).not.toMatch(/CADRE/i);
    expect(cellAt(en, "E5")?.value).toBe("Exceeded");
    expect(shownValues(en, "A4:G4")[0]).toEqual([
      "Category",
      "Sent",
      "Target",
      "Share of plan",
      "Status",
      "Still needed",
      "Note",
    ]);
  });

  it("keeps a category name that looks like a formula as text", () => {
    expect(cellAt(vi, "A12")).toMatchObject({ value: "=Bồi dưỡng kỹ năng lãnh đạo, quản lý", text: true });
    expect(cellAt(vi, "A12")?.formula).toBeUndefined();
  });

  it("says when and from what it was made, flags categories nobody was sent for and adds the rotation line", () => {
    expect(cellAt(vi, "A2")?.value).toBe("Lập lúc: 08:05 20/11/2019 · Số liệu từ 7 tệp, 1.264 người");
    expect(cellAt(vi, "G13")?.value).toBe("Chưa cử người nào");
    expect(shownValues(vi, "A15:F15")[0].map((v, i) => (i === 3 ? asPercent(v) : v))).toEqual([
      `Luân chuyển: đã luân chuyển / chỉ tiêu (${ARTICLE[6][0]})`,
      24,
      40,
      "60%",
      "Chưa đạt kế hoạch",
      16,
    ]);
    expect(shownValues(vi, "A16:B16")).toEqual([["Danh mục chưa cử người nào", "Tiến sĩ"]]);
    expect(cellAt(vi, "A18")?.value).toMatch(/^Tỷ lệ so với kế hoạch = Đã cử ÷ Chỉ tiêu.*cột C.*đỏ – chưa đạt/);
  });

  it("colours nobody sent amber over the whole row, shares behind plan red and met shares green", () => {
    expect(vi.conditionalFormats?.map((r) => [r.area, r.formula, TONES[r.tone].fill])).toEqual([
      [{ top: 5, left: 1, bottom: 13, right: 7 }, "=$B5=0", "#FFEB9C"],
      [{ top: 5, left: 4, bottom: 15, right: 4 }, "=AND(ISNUMBER($D5),$D5<1)", "#FFC7CE"],
      [{ top: 5, left: 4, bottom: 15, right: 4 }, "=AND(ISNUMBER($D5),$D5>=1)", "#C6EFCE"],
    ]);
  });

  it("charts the shares of the categories with a target, from cells that follow the table", () => {
    expect(vi.charts?.[0]).toMatchObject({
      kind: "column",
      seriesBy: "columns",
      title: "Tỷ lệ thực hiện so với kế hoạch",
      source: { top: 4, left: 9, bottom: 11, right: 10 },
    });
    expect(shownValues(vi, "I4:J11").map(([label, share], i) => [label, i ? asPercent(share) : share])).toEqual([
      ["Danh mục (biểu đồ)", "Tỷ lệ"],
      ...ARTICLE.slice(0, 7).map(([label], i) => [label, ARTICLE_PERCENTS[i]]),
    ]);
    expect(cellAt(vi, "I5")?.formula).toBe("=A5");
  });

  it("is a table without rows, colours or chart when there are no categories", () => {
    const empty = achievementReportSheet({ ...INPUT, achievement: [], rotation: null }, "vi");
    expect(empty.conditionalFormats).toEqual([]);
    expect(empty.charts).toBeUndefined();
    expect(shownValues(empty, "A5:A6")).toEqual([[null], [null]]);
  });
});
