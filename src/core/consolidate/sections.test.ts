import { date, sheetFrom } from "../../../test/support/core/grid";
import { readTargets } from "../targets/read-targets";
import { consolidate } from "./consolidate";

const read = readTargets({
  name: "Chỉ tiêu",
  values: [
    ["Danh mục", "Chương trình", "Chỉ tiêu"],
    ["Thạc sĩ", "Thạc sĩ", 4],
    ["Cao cấp LLCT", "Cao cấp lý luận chính trị", 2],
  ],
});
if (!read.ok) throw new Error(read.problem);
const TARGETS = read.targets;

const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Số quyết định"];
const person = (n: number, name: string, born: string, programme = "Thạc sĩ") => [
  n,
  name,
  date(born),
  programme,
  `${100 + n}-QĐ/TU`,
];

/** A province-wide list in blocs and departments, with subtotals, as the board's own roster is typed. */
const BOARD = {
  file: "tong-hop-khoi.xlsx",
  workbook: {
    file: "tong-hop-khoi.xlsx",
    sheets: [
      sheetFrom([
        ["DANH SÁCH CÁN BỘ CỬ ĐI ĐÀO TẠO NĂM 2021"],
        HEADER,
        ["I. KHỐI ĐẢNG"],
        person(1, "Nông Văn Thành", "12/03/1985"),
        person(2, "Hoàng Thị Lan", "05/11/1990", "Cao cấp lý luận chính trị"),
        [null, "Cộng: 2 người"],
        ["II. KHỐI CHÍNH QUYỀN"],
        ["1. Sở Y tế"],
        person(3, "Bế Văn Hùng", "03/11/1987"),
        person(4, "Nông Văn Thành", "12/03/1985", "Cao cấp lý luận chính trị"),
        [null, "Cộng", null, null, 2],
        ["2. Sở Giáo dục và Đào tạo"],
        person(5, "Lý Thị Mai", "20/01/1992"),
        [null, "TỔNG CỘNG", null, null, 5],
      ]),
    ],
  },
};

/** A department's own list, its bloc typed in other capitals. */
const DEPARTMENT = {
  file: "ban-to-chuc.xlsx",
  workbook: {
    file: "ban-to-chuc.xlsx",
    sheets: [sheetFrom([HEADER, ["Khối Đảng"], person(1, "Đàm Văn Quang", "14/07/1988")])],
  },
};

describe("a consolidation of rosters divided into sections", () => {
  const result = consolidate([BOARD, DEPARTMENT], TARGETS);

  it("counts every person once, below the subtotals too, and no heading or subtotal as a person", () => {
    expect(result.rows.map((r) => r.name)).toEqual([
      "Nông Văn Thành",
      "Hoàng Thị Lan",
      "Bế Văn Hùng",
      "Nông Văn Thành",
      "Lý Thị Mai",
      "Đàm Văn Quang",
    ]);
    expect(result.people).toBe(5);
    expect(result.achievement.map((c) => [c.label, c.rows, c.sent])).toEqual([
      ["Thạc sĩ", 4, 4],
      ["Cao cấp LLCT", 2, 2],
    ]);
  });

  it("breaks the figures down by section, a bloc typed alike in two files being one", () => {
    expect(result.sections).toEqual([
      { section: "KHỐI ĐẢNG", rows: 3, people: 3, sent: [2, 1] },
      { section: "KHỐI CHÍNH QUYỀN / Sở Y tế", rows: 2, people: 2, sent: [1, 1] },
      { section: "KHỐI CHÍNH QUYỀN / Sở Giáo dục và Đào tạo", rows: 1, people: 1, sent: [1, 0] },
    ]);
  });

  it("has no breakdown when no roster has sections", () => {
    const plain = {
      file: "a.xlsx",
      workbook: { file: "a.xlsx", sheets: [sheetFrom([HEADER, person(1, "A", "01/01/1990")])] },
    };
    expect(consolidate([plain], TARGETS).sections).toEqual([]);
  });
});
