import { date, sheetFrom, TODAY } from "../../../test/support/core/grid";
import { LEADERSHIP_TRAINING } from "../../../test/support/core/leadership-lists";
import type { FileReport } from "../report/types";
import { consolidate } from "./consolidate";

/** The board's planning list, in a file of its own. */
const BOARD_PLANNING = sheetFrom([
  ["DANH SÁCH QUY HOẠCH CÁN BỘ"],
  ["STT", "Họ và tên", "Ngày sinh", "Chức danh quy hoạch"],
  [1, "NÔNG VĂN THÀNH", date("12/03/1985"), "Phó Giám đốc Sở"],
  [2, "Ma Văn Đức", date("07/07/1984"), "Phó Bí thư Huyện ủy"],
]);
/** A district's rotation list with its own planning list, which lacks someone the board's list has. */
const DISTRICT = sheetFrom([
  ["DANH SÁCH CÁN BỘ LUÂN CHUYỂN"],
  ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị luân chuyển đến", "Số quyết định"],
  [1, "Ma Văn Đức", date("07/07/1984"), "Phó Giám đốc Sở", "Huyện ủy Trùng Khánh", "45-QĐ/TU"],
  [2, "Lục Văn Sơn", date("01/02/1983"), "Phó Chánh Văn phòng", "Huyện ủy Hà Quảng", "46-QĐ/TU"],
  [],
  ["DANH SÁCH QUY HOẠCH CẤP HUYỆN"],
  ["STT", "Họ và tên", "Ngày sinh", "Chức danh quy hoạch"],
  [1, "Đàm Thị Thu", date("02/02/1988"), "Phó Chủ tịch UBND huyện"],
]);

const cells = (report: FileReport | undefined) =>
  (report?.sheets ?? []).flatMap((s) => s.issues.filter((i) => i.rule === "not-in-planning").map((i) => i.cell));

describe("not-in-planning across a consolidation", () => {
  const result = consolidate(
    [
      { file: "so.xlsx", workbook: { file: "so.xlsx", sheets: [{ ...LEADERSHIP_TRAINING, name: "Đào tạo" }] } },
      { file: "quy-hoach.xlsx", workbook: { file: "quy-hoach.xlsx", sheets: [{ ...BOARD_PLANNING, name: "QH" }] } },
      { file: "huyen.xlsx", workbook: { file: "huyen.xlsx", sheets: [{ ...DISTRICT, name: "LC" }] } },
    ],
    [],
    { today: TODAY },
  );
  const file = (name: string) => result.perFile.find((r) => r.file === name);

  it("finds, in a file with no planning list, the leadership-track cadres on no list of any file", () => {
    // Nông Văn Thành is on the board's list; Hoàng Thị Lan is on none; the computer course is not leadership training.
    expect(cells(file("so.xlsx"))).toEqual(["B4"]);
  });

  it("drops a file's own finding for someone another file's planning list names", () => {
    // Ma Văn Đức is not on the district's list but is on the board's; Lục Văn Sơn is on neither.
    expect(cells(file("huyen.xlsx"))).toEqual(["B4"]);
  });

  it("counts the lists linked and the people on none, in the totals too", () => {
    expect(result.planningLink).toEqual({ lists: 2, unplanned: 2 });
    expect(cells(result.check.files.find((f) => f.file === "so.xlsx"))).toEqual(["B4"]);
  });

  it("changes nothing when no file holds a planning list", () => {
    const alone = consolidate(
      [{ file: "so.xlsx", workbook: { file: "so.xlsx", sheets: [{ ...LEADERSHIP_TRAINING, name: "Đào tạo" }] } }],
      [],
      { today: TODAY },
    );
    expect(cells(alone.perFile[0])).toEqual([]);
    expect(alone.planningLink).toEqual({ lists: 0, unplanned: 0 });
  });
});
