import { validateWorkbook } from "../engine";
import { sheetFrom, TODAY, trainingSheet } from "../../../test/support/core/grid";

const cover = sheetFrom([["BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ TRẺ"], ["Cao Bằng, tháng 9 năm 2025"]], {
  name: "Bìa",
});
const targets = sheetFrom(
  [
    ["STT", "Đơn vị", "Chỉ tiêu", "Ghi chú"],
    [1, "Sở Nội vụ", 10, null],
  ],
  { name: "Chỉ tiêu", origin: { row: 3, col: 2 } },
);

describe("header-not-found", () => {
  it("raises one issue per file, at A1 of the first sheet, when no sheet holds a roster", () => {
    const report = validateWorkbook({ file: "bao-cao.xlsx", sheets: [cover, targets] }, { today: TODAY });
    expect(
      report.sheets.map((sheet) => [
        sheet.sheet,
        sheet.roster,
        sheet.issues.map((issue) => `${issue.rule} ${issue.cell}`),
      ]),
    ).toEqual([
      ["Bìa", false, ["header-not-found A1"]],
      ["Chỉ tiêu", false, []],
    ]);
  });

  it("puts it on the configured roster sheet, at A1 even when its used range starts elsewhere", () => {
    const report = validateWorkbook(
      { file: "bao-cao.xlsx", sheets: [cover, targets] },
      { today: TODAY, settings: { rosterSheet: "Chỉ tiêu" } },
    );
    expect(report.sheets[1].issues.map((issue) => [issue.rule, issue.cell, issue.row, issue.column])).toEqual([
      ["header-not-found", "A1", 1, "A"],
    ]);
    expect(report.sheets[0].issues).toEqual([]);
  });

  it("stays quiet when any sheet holds a roster", () => {
    const report = validateWorkbook({ file: "dao-tao.xlsx", sheets: [cover, trainingSheet()] }, { today: TODAY });
    expect(report.sheets.flatMap((sheet) => sheet.issues)).toEqual([]);
  });
});
