import { date, sheetFrom, TODAY } from "../../../test/support/core/grid";
import { validateSheet } from "../engine";
import type { Area, CellValue, SheetInput } from "../grid/types";
import { DEFAULT_SETTINGS } from "../settings";
import { locateRosters } from "./locate";
import { readRows } from "./read-rows";

/** The people a sheet's lists hold, as "name (section)". */
function people(sheet: SheetInput): string[] {
  return locateRosters(sheet, DEFAULT_SETTINGS).flatMap((layout) =>
    readRows(sheet, layout)
      .filter((row) => !row.empty)
      .map((row) => {
        const name = String(row.cells.fullName?.value ?? "");
        return row.section ? `${name} (${row.section})` : name;
      }),
  );
}

function issuesOf(sheet: SheetInput): string[] {
  return validateSheet(sheet, { today: TODAY }).issues.map((i) => `${i.cell} ${i.rule}`);
}

const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Dân tộc", "Chương trình đào tạo", "Số quyết định"];
const person = (n: number, name: string, born: string): CellValue[] | (CellValue | { date: string })[] => [
  n,
  name,
  date(born),
  "Tày",
  "Thạc sĩ",
  `${100 + n}-QĐ/TU`,
];

describe("a roster with sections and subtotals", () => {
  const sheet = sheetFrom([
    ["DANH SÁCH CÁN BỘ CỬ ĐI ĐÀO TẠO SAU ĐẠI HỌC NĂM 2020"],
    HEADER,
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ["I. KHỐI ĐẢNG"],
    person(1, "Nông Văn Thành", "12/03/1985"),
    person(2, "Hoàng Thị Lan", "05/11/1990"),
    [null, "Cộng: 2 người"],
    ["II. KHỐI CHÍNH QUYỀN"],
    ["1. Sở Y tế"],
    person(3, "Bế Văn Hùng", "03/11/1987"),
    [null, "Cộng", null, null, null, 1],
    [],
    ["2. Sở Giáo dục và Đào tạo"],
    person(4, "Lý Thị Mai", "20/01/1992"),
    person(5, "Đàm Văn Quang", "14/07/1988"),
    [null, "Cộng khối II: 3 người"],
    [null, "TỔNG CỘNG", null, null, null, 5],
    [],
    [null, null, null, "Cao Bằng, ngày 20 tháng 5 năm 2020"],
    [null, "NGƯỜI LẬP BIỂU", null, null, "THỦ TRƯỞNG ĐƠN VỊ"],
  ]);

  it("finds every person, below the subtotals too, each with the sections it sits under", () => {
    expect(people(sheet)).toEqual([
      "Nông Văn Thành (KHỐI ĐẢNG)",
      "Hoàng Thị Lan (KHỐI ĐẢNG)",
      "Bế Văn Hùng (KHỐI CHÍNH QUYỀN / Sở Y tế)",
      "Lý Thị Mai (KHỐI CHÍNH QUYỀN / Sở Giáo dục và Đào tạo)",
      "Đàm Văn Quang (KHỐI CHÍNH QUYỀN / Sở Giáo dục và Đào tạo)",
    ]);
  });

  it("raises nothing on its headings, subtotals, numbering row and the blank rows beside them", () => {
    expect(issuesOf(sheet)).toEqual([]);
  });

  it("reports a subtotal whose count disagrees with the people above it, at the count", () => {
    const values = sheet.values.map((row) => [...row]);
    values[10] = [null, "Cộng", null, null, null, 4];
    const wrong = { ...sheet, values };
    const report = validateSheet(wrong, { today: TODAY });
    expect(report.issues.map((i) => [i.cell, i.rule, i.params])).toEqual([
      ["F11", "subtotal-mismatch", { stated: 4, counted: 1 }],
    ]);
  });

  it("checks the totals below the last person too", () => {
    const values = sheet.values.map((row) => [...row]);
    values[16] = [null, "TỔNG CỘNG", null, null, null, 6];
    const wrong = { ...sheet, values };
    expect(validateSheet(wrong, { today: TODAY }).issues.map((i) => [i.cell, i.rule, i.params])).toEqual([
      ["F17", "subtotal-mismatch", { stated: 6, counted: 5 }],
    ]);
  });

  it("gives each issue the section of its person", () => {
    const broken = sheetFrom(sheet.values.map((row, r) => (r === 9 ? [3, "Bế Văn Hùng", "31/02/1987"] : [...row])));
    const issue = validateSheet(broken, { today: TODAY }).issues.find((i) => i.rule === "invalid-date");
    expect(issue).toMatchObject({ cell: "C10", section: "KHỐI CHÍNH QUYỀN / Sở Y tế" });
  });
});

describe("a header of three rows under a title band", () => {
  const merges: Area[] = [
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 1, left: 0, bottom: 3, right: 0 },
    { top: 1, left: 1, bottom: 3, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 7 },
    { top: 2, left: 2, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 7 },
    { top: 1, left: 8, bottom: 3, right: 8 },
  ];
  const sheet = sheetFrom(
    [
      ["DANH SÁCH CÁN BỘ TRẺ ĐƯỢC QUY HOẠCH"],
      ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, null, null, null, null, "Chức vụ"],
      [null, null, "Nam", null, null, "Nữ"],
      [null, null, "Ngày", "Tháng", "Năm", "Ngày", "Tháng", "Năm"],
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [1, "Nông Văn Thành", 12, 3, 1985, null, null, null, "Phó Trưởng phòng"],
      [2, "Hoàng Thị Lan", null, null, null, 5, 11, 1990, "Chuyên viên"],
      [3, "Lý Thị Mai", null, null, null, null, null, 1992, "Chuyên viên"],
    ],
    { merges },
  );

  it("reads the Nam and Nữ dates from their pieces, and the numbering row as part of the header", () => {
    const [layout] = locateRosters(sheet, DEFAULT_SETTINGS);
    expect(layout).toMatchObject({ headerTop: 1, headerBottom: 3, numberingRow: 4, firstDataRow: 5 });
    const byField = Object.fromEntries(layout.columns.map((c) => [c.field, c.parts ?? c.col]));
    expect(byField).toMatchObject({
      birthDateMale: { day: 2, month: 3, year: 4 },
      birthDateFemale: { day: 5, month: 6, year: 7 },
      position: 8,
    });
    expect(issuesOf(sheet)).toEqual([]);
  });

  it("puts a day that does not exist at the day's cell, and a year out of range at the year's", () => {
    const values = sheet.values.map((row) => [...row]);
    values[6][5] = 31;
    values[6][6] = 2;
    values[7][7] = 1885;
    expect(issuesOf({ ...sheet, values })).toEqual(["F7 invalid-date", "H8 invalid-date"]);
  });
});

describe("a number written as a year in a birth-year column", () => {
  it("is an invalid date outside 1900–2100, not a serial", () => {
    const sheet = sheetFrom([
      ["STT", "Họ và tên", "Năm sinh", "Chức vụ"],
      [1, "Nông Văn Thành", 1985, "Chuyên viên"],
      [2, "Hoàng Thị Lan", 1885, "Chuyên viên"],
    ]);
    expect(issuesOf(sheet)).toEqual(["C3 invalid-date"]);
  });
});

describe("several lists on one sheet", () => {
  const sheet = sheetFrom([
    ["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO NĂM 2020"],
    HEADER,
    person(1, "Nông Văn Thành", "12/03/1985"),
    person(2, "Hoàng Thị Lan", "05/11/1990"),
    [],
    [],
    ["DANH SÁCH DỰ NGUỒN CÁN BỘ TRẺ"],
    ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Chức danh quy hoạch"],
    [1, "Bế Văn Hùng", date("03/11/1987"), "Chuyên viên", "Phó Giám đốc Sở"],
    [2, "Lý Thị Mai", date("20/01/1992"), "Chuyên viên", "Trưởng phòng"],
  ]);

  it("reads each list with its own columns and kind, and lists them in the report", () => {
    expect(people(sheet)).toEqual(["Nông Văn Thành", "Hoàng Thị Lan", "Bế Văn Hùng", "Lý Thị Mai"]);
    const report = validateSheet(sheet, { today: TODAY });
    expect(report.tables).toEqual([
      {
        range: "A2:F4",
        kind: "training",
        title: "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO NĂM 2020",
        headerRows: [2],
        dataRows: 2,
      },
      { range: "A8:E10", kind: "planning", title: "DANH SÁCH DỰ NGUỒN CÁN BỘ TRẺ", headerRows: [8], dataRows: 2 },
    ]);
    // The two sent for a master's are in neither list's planning pool: the only findings, and none on the structure.
    expect(report.issues.map((i) => `${i.cell} ${i.rule}`)).toEqual(["B3 not-in-planning", "B4 not-in-planning"]);
  });
});

describe("a header printed again after a page break", () => {
  it("is no person and no issue", () => {
    const sheet = sheetFrom([
      HEADER,
      person(1, "Nông Văn Thành", "12/03/1985"),
      HEADER,
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      person(2, "Hoàng Thị Lan", "05/11/1990"),
    ]);
    expect(people(sheet)).toEqual(["Nông Văn Thành", "Hoàng Thị Lan"]);
    expect(issuesOf(sheet)).toEqual([]);
  });
});

describe("a decision's number and date in one column", () => {
  it("gives the date to the rules that need it", () => {
    const sheet = sheetFrom([
      ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Số, ngày quyết định"],
      [1, "Nông Văn Thành", date("12/03/1970"), "Thạc sĩ", "86-QĐ/BTCTU ngày 05/03/2020"],
    ]);
    const [layout] = locateRosters(sheet, DEFAULT_SETTINGS);
    expect(layout.columns.find((c) => c.field === "decisionNumber")).toMatchObject({ col: 4, combined: true });
    // 49 at the decision of 05/03/2020: over the postgraduate limit of 40 then.
    expect(validateSheet(sheet, { today: TODAY }).issues.map((i) => [i.cell, i.rule, i.params])).toEqual([
      ["C2", "age-limit", expect.objectContaining({ age: 49 })],
    ]);
  });
});

describe("a training period typed in one cell", () => {
  const sheet = sheetFrom([
    ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Thời gian đào tạo", "Số quyết định"],
    [1, "Nông Văn Thành", date("12/03/1985"), "Thạc sĩ", "03/2020 - 10/2020", "1-QĐ/TU"],
    [2, "Hoàng Thị Lan", date("05/11/1990"), "Thạc sĩ", "Tháng 3-10/2021", "2-QĐ/TU"],
    [3, "Bế Văn Hùng", date("03/11/1987"), "Thạc sĩ", "Từ 9/2019 đến 6/2021", "3-QĐ/TU"],
    [4, "Lý Thị Mai", date("20/01/1992"), "Thạc sĩ", "2 năm", "4-QĐ/TU"],
    [5, "Đàm Văn Quang", date("14/07/1988"), "Thạc sĩ", "10/2022 - 03/2021", "5-QĐ/TU"],
    [6, "Nông Thị Hoa", date("01/02/1989"), "Thạc sĩ", "03/2020 - 13/2020", "6-QĐ/TU"],
  ]);

  it("is read where it names two dates without guessing: an end before its start and a month 13 are reported", () => {
    expect(validateSheet(sheet, { today: TODAY }).issues.map((i) => [i.cell, i.rule, i.params])).toEqual([
      ["E6", "date-order", { start: "10/2022", end: "03/2021" }],
      ["E7", "invalid-date", expect.objectContaining({ reason: "invalid", date: "03/2020 - 13/2020" })],
    ]);
  });

  it("gives its start to the age limit when no decision date is given", () => {
    const old = sheetFrom([
      ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Thời gian đào tạo", "Số quyết định"],
      [1, "Nông Văn Thành", date("12/03/1970"), "Thạc sĩ", "09/2020 - 06/2022", "1-QĐ/TU"],
    ]);
    expect(validateSheet(old, { today: TODAY }).issues.map((i) => [i.cell, i.rule])).toEqual([["C2", "age-limit"]]);
  });
});
