import { ARTICLE_INPUT } from "../../../test/support/sheets/article";
import { cellAt, shownValues } from "../../../test/support/sheets/description";
import { PROGRESS } from "../../../test/support/sheets/progress";
import { achievementReportSheet } from "./achievement-report";

describe("the planning lists' structure at the end of the achievement report", () => {
  const pool = {
    file: "quy-hoach.xlsx",
    sheet: "QH",
    title: "DANH SÁCH QUY HOẠCH GIAI ĐOẠN 2025 – 2030",
    term: { start: { y: 2025, m: 1, d: 1 }, end: { y: 2030, m: 12, d: 31 } },
    asOf: { y: 2025, m: 1, d: 1 },
    people: 7,
    youngAge: 40,
    young: { count: 1, percent: 14, goal: 15, met: false },
    women: { count: 2, percent: 29, goal: 25, met: true },
    minority: { count: 4, percent: 57, goal: null, met: null },
    unknown: { birth: 0, gender: 0, ethnicity: 0 },
  };
  const sheet = achievementReportSheet(
    { ...ARTICLE_INPUT, madeAt: new Date(2019, 10, 20), progress: PROGRESS, planning: [pool] },
    "vi",
  );
  const top = sheet.rows.findIndex((row) => row[0]?.value === "CƠ CẤU DANH SÁCH QUY HOẠCH (Quy định 50-QĐ/TW)") + 1;

  it("comes after the progress and its line chart, three rows a list: young cadres, women, minorities", () => {
    expect(top).toBeGreaterThan(sheet.charts?.[1]?.position.bottom ?? Infinity);
    const rows = shownValues(sheet, `A${top + 1}:G${top + 4}`).map((r) =>
      r.map((v) => (typeof v === "number" && v < 1 && v > 0 ? `${Math.round(v * 100)}%` : v)),
    );
    expect(rows).toEqual([
      ["Danh sách quy hoạch", "Cơ cấu", "Số người", "Trong đó", "Tỷ lệ", "Mục tiêu", "Đánh giá"],
      [
        "DANH SÁCH QUY HOẠCH GIAI ĐOẠN 2025 – 2030 (tuổi tính đến 01/01/2025)",
        "Cán bộ trẻ (dưới 40 tuổi)",
        7,
        1,
        "14%",
        "15%",
        "Chưa đạt",
      ],
      [null, "Nữ", 7, 2, "29%", "25%", "Đạt"],
      [null, "Dân tộc thiểu số", 7, 4, "57%", null, null],
    ]);
  });

  it("judges the share rounded to a whole percent by a plain formula, as the summary does", () => {
    const row = top + 2;
    expect(cellAt(sheet, `G${row}`)?.formula).toBe(
      `=IF(OR(F${row}="",E${row}=""),"",IF(ROUND(E${row}*100,0)>=ROUND(F${row}*100,0),"Đạt","Chưa đạt"))`,
    );
  });
});
