import { cellAt, shownValues } from "../../../test/support/sheets/description";
import { duplicatesSheet } from "./duplicates";

const place = (file: string, row: number) => ({ file, sheet: "Danh sách", row, unit: "Sở Y tế", programme: "Thạc sĩ" });

describe("the cross-file duplicates", () => {
  it("lists every place each person appears, numbered by person", () => {
    const sheet = duplicatesSheet(
      {
        crossFileDuplicates: [
          {
            name: "Hoàng Thị Lan",
            birth: { y: 1990, m: 5, d: 12 },
            birthYearOnly: false,
            places: [place("a.xlsx", 3), place("b.xlsx", 9)],
          },
          {
            name: "Bế Văn Hùng",
            birth: { y: 1987, m: 1, d: 1 },
            birthYearOnly: true,
            places: [place("a.xlsx", 4), place("c.xlsx", 2)],
          },
        ],
      },
      "vi",
    );
    expect(shownValues(sheet, "A2:F5")).toEqual([
      [1, "Hoàng Thị Lan", 33005, "a.xlsx", "Danh sách", 3],
      [1, "Hoàng Thị Lan", 33005, "b.xlsx", "Danh sách", 9],
      [2, "Bế Văn Hùng", 1987, "a.xlsx", "Danh sách", 4],
      [2, "Bế Văn Hùng", 1987, "c.xlsx", "Danh sách", 2],
    ]);
    expect([cellAt(sheet, "C2")?.numberFormat, cellAt(sheet, "C4")?.numberFormat]).toEqual(["dd/mm/yyyy", "0"]);
  });

  it("says so when nobody is listed twice", () => {
    expect(shownValues(duplicatesSheet({ crossFileDuplicates: [] }, "en"), "A2:B2")).toEqual([
      [null, "Nobody is listed in more than one file."],
    ]);
  });
});
