import { allCells } from "../../../test/support/sheets/description";
import { date, sheetFrom } from "../../../test/support/core/grid";
import { consolidate } from "../consolidate/consolidate";
import { readTargets } from "../targets/read-targets";
import { feedbackSheets } from "./feedback";
import type { SheetDescription } from "./types";

const read = readTargets({
  name: "Chỉ tiêu",
  values: [
    ["Danh mục", "Chương trình", "Chỉ tiêu"],
    ["Thạc sĩ", "Thạc sĩ", 4],
    ["Cao cấp LLCT", "Cao cấp lý luận chính trị", 2],
  ],
});
if (!read.ok) throw new Error(read.problem);

const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Số quyết định"];
const roster = (file: string, rows: (string | number | { date: string } | null)[][]) => ({
  file,
  workbook: { file, sheets: [sheetFrom([HEADER, ...rows])] },
});

const HEALTH = roster("so-y-te.xlsx", [
  [1, "Hoàng Thị Lan", date("05/11/1990"), "Thạc sĩ", "1-QĐ/SYT"],
  [2, "Bế Văn Hùng", date("03/11/1987"), "Cao cấp lý luận chính trị", null],
]);
const EDUCATION = roster("so-giao-duc.xlsx", [
  [1, "Lục Văn Khánh", date("07/07/1984"), "Thạc sĩ", "7-QĐ/SGD"],
  [2, "Hoàng Thị Lan", date("05/11/1990"), "Cao cấp lý luận chính trị", "8-QĐ/SGD"],
  [3, "Nông Văn Thành", "31/02/1985", "Thạc sĩ", "9-QĐ/SGD"],
]);
const result = consolidate([HEALTH, EDUCATION], read.targets);
const sheets = feedbackSheets(result, "so-y-te.xlsx", "vi", new Date(2026, 11, 3, 9, 0), "chi-tieu.xlsx");
const sheet = (name: string) => sheets.find((s) => s.name === name) as SheetDescription;
const texts = (s: SheetDescription) => allCells(s).map(({ cell }) => String(cell.value ?? ""));

describe("the workbook sent back to one unit", () => {
  it("holds the province's results, the unit's own counts, its people, its shared people and its findings", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Báo cáo kết quả",
      "Kết quả của đơn vị",
      "Danh sách tổng hợp",
      "Trùng giữa các tệp",
      "Kiểm tra từng tệp",
    ]);
  });

  it("holds exactly the unit's people and findings, and no other unit's", () => {
    const people = texts(sheet("Danh sách tổng hợp"));
    expect(people).toEqual(expect.arrayContaining(["Hoàng Thị Lan", "Bế Văn Hùng"]));
    expect(people).not.toContain("Lục Văn Khánh");
    const findings = texts(sheet("Kiểm tra từng tệp"));
    expect(findings).toContain("so-y-te.xlsx");
    expect(findings).not.toContain("so-giao-duc.xlsx");
    // Its missing decision is there with its cell; the other unit's impossible date is not.
    expect(findings).toContain("E3");
    expect(findings.join(" ")).not.toContain("31/02/1985");
  });

  it("names the person it shares with another unit, with both places", () => {
    const shared = texts(sheet("Trùng giữa các tệp"));
    expect(shared).toEqual(expect.arrayContaining(["Hoàng Thị Lan", "so-y-te.xlsx", "so-giao-duc.xlsx"]));
  });

  it("counts the unit's own people per category, and the province's against the targets", () => {
    const unit = sheet("Kết quả của đơn vị");
    const province = sheet("Báo cáo kết quả");
    const sentOf = (s: SheetDescription) => [s.rows[4]?.[1]?.value, s.rows[5]?.[1]?.value];
    expect(sentOf(unit)).toEqual([1, 1]);
    expect(sentOf(province)).toEqual([3, 2]);
  });
});
