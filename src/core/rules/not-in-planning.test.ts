import { date, sheetFrom, TODAY } from "../../../test/support/core/grid";
import { LEADERSHIP_TRAINING } from "../../../test/support/core/leadership-lists";
import { validateSheet, validateWorkbook } from "../engine";

const PLANNING = sheetFrom([
  ["DANH SÁCH QUY HOẠCH CÁN BỘ"],
  ["STT", "Họ và tên", "Ngày sinh", "Chức danh quy hoạch"],
  [1, "NÔNG VĂN THÀNH", date("12/03/1985"), "Phó Giám đốc Sở"],
]);
const issues = (report: { issues: { rule: string; cell: string }[] }) =>
  report.issues.filter((i) => i.rule === "not-in-planning").map((i) => i.cell);

describe("not-in-planning", () => {
  it("points at someone sent for leadership training who is in no planning list of the workbook, on their own sheet", () => {
    const report = validateWorkbook(
      {
        file: "a.xlsx",
        sheets: [
          { ...LEADERSHIP_TRAINING, name: "Đào tạo" },
          { ...PLANNING, name: "Quy hoạch" },
        ],
      },
      { today: TODAY },
    );
    expect(issues(report.sheets[0])).toEqual(["B4"]);
    expect(issues(report.sheets[1])).toEqual([]);
  });

  it("links a planning list under a training list on the same sheet", () => {
    const both = sheetFrom([
      ...LEADERSHIP_TRAINING.values.map((r) => [...r]),
      [],
      ...PLANNING.values.map((r) => [...r]),
    ]);
    expect(issues(validateSheet(both, { today: TODAY }))).toEqual(["B4"]);
  });

  it("says nothing when the workbook holds no planning list", () => {
    expect(issues(validateSheet(LEADERSHIP_TRAINING, { today: TODAY }))).toEqual([]);
  });
});
