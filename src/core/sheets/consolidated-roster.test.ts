import { consolidatedPerson } from "../../../test/support/sheets/article";
import { cellAt, shownValues } from "../../../test/support/sheets/description";
import type { CellValue } from "../grid/types";
import { locateRoster } from "../roster";
import { DEFAULT_SETTINGS } from "../settings";
import { consolidatedRosterSheet } from "./consolidated-roster";
import type { SheetDescription } from "./types";

const person = consolidatedPerson;

const CATEGORIES = ["Thạc sĩ – Giáo dục", "Y tế: chuyên khoa cấp I và thạc sĩ"];
const ROWS = [
  person(1),
  person(2, {
    name: "+84 Lê Thị Hoa",
    gender: "female",
    birth: { y: 1990, m: 1, d: 1 },
    birthYearOnly: true,
    file: "04-ubnd-huyen-hoa-an.xlsx",
    unit: "",
    level: "district",
    categories: [0, 1],
  }),
];

/** The sheet's values as the engine would read them back. */
const asInput = (sheet: SheetDescription) => ({
  name: sheet.name,
  values: sheet.rows.map((row) => row.map((cell): CellValue => cell?.value ?? null)),
  numberFormats: sheet.rows.map((row) => row.map((cell) => cell?.numberFormat ?? null)),
});

describe("the consolidated roster", () => {
  const sheet = consolidatedRosterSheet(ROWS, CATEGORIES, "vi");

  it("lists each row with its source, unit, level and categories; a birth date as a date, a year alone as a year", () => {
    expect(shownValues(sheet, "A1")).toEqual([["DANH SÁCH TỔNG HỢP (2 dòng)"]]);
    expect(shownValues(sheet, "A4:N5")).toEqual([
      [
        1,
        "Nguyễn Văn Bình 1",
        31113,
        "Nam",
        "Bệnh viện Đa khoa tỉnh",
        "Tỉnh",
        "Chuyên khoa cấp I",
        "Y tế",
        "Nội khoa",
        "Đào tạo, bồi dưỡng",
        CATEGORIES[1],
        "02-so-y-te.xlsx",
        "Danh sách",
        7,
      ],
      [
        2,
        "+84 Lê Thị Hoa",
        1990,
        "Nữ",
        null,
        "Huyện",
        "Chuyên khoa cấp I",
        "Y tế",
        "Nội khoa",
        "Đào tạo, bồi dưỡng",
        CATEGORIES.join("; "),
        "04-ubnd-huyen-hoa-an.xlsx",
        "Danh sách",
        8,
      ],
    ]);
    expect([cellAt(sheet, "C4")?.numberFormat, cellAt(sheet, "C5")?.numberFormat]).toEqual(["dd/mm/yyyy", "0"]);
    expect(cellAt(sheet, "B5")).toEqual({ value: "+84 Lê Thị Hoa", text: true });
  });

  it("has a header the check recognises, so the sheet can itself be checked", () => {
    const layout = locateRoster(asInput(sheet), DEFAULT_SETTINGS);
    expect(layout?.columns.map((c) => c.field)).toEqual(
      expect.arrayContaining(["fullName", "birthDate", "gender", "unit", "programme", "field", "major"]),
    );
  });

  it("keeps the header in view and filters from it", () => {
    expect([sheet.frozenRows, sheet.autoFilter]).toEqual([3, { top: 3, left: 1, bottom: 5, right: 15 }]);
    expect(consolidatedRosterSheet([], CATEGORIES, "en").rows[0]).toEqual([
      { value: "CONSOLIDATED ROSTER (0 rows)", text: true, style: { bold: true } },
    ]);
  });
});
