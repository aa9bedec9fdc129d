import { DEFAULT_SETTINGS } from "../settings";
import { extractPeople } from "./people";
import { rotationSheet, trainingSheet } from "../../../test/support/core/rosters";

describe("people of a roster", () => {
  test("one record per named data row, with Excel row numbers, Unicode NFC text and the row's facts", () => {
    const sheet = trainingSheet([
      {
        name: "Nông  Văn Thành ",
        born: "12/03/1985",
        unit: "UBND xã Hồng Việt",
        programme: "Thạc sĩ",
        major: "Quản lý giáo dục",
      },
      { name: "" },
      {
        name: "Hoàng Thị Lan".normalize("NFD"),
        born: "05/11/1990",
        gender: "Nữ",
        programme: "Cao cấp lý luận chính trị",
      },
    ]);
    expect(extractPeople("a.xlsx", { file: "a.xlsx", sheets: [sheet] }, DEFAULT_SETTINGS)).toEqual([
      {
        file: "a.xlsx",
        sheet: "Danh sách",
        row: 6,
        nameColumn: "B",
        name: "Nông Văn Thành",
        key: "nông văn thành",
        birth: { y: 1985, m: 3, d: 12 },
        birthYearOnly: false,
        gender: "male",
        unit: "UBND xã Hồng Việt",
        level: "commune",
        programme: "Thạc sĩ",
        field: "",
        major: "Quản lý giáo dục",
        kind: "training",
        section: null,
        ethnicity: "",
        list: "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO NĂM 2019",
        sent: null,
      },
      {
        file: "a.xlsx",
        sheet: "Danh sách",
        row: 8,
        nameColumn: "B",
        name: "Hoàng Thị Lan",
        key: "hoàng thị lan",
        birth: { y: 1990, m: 11, d: 5 },
        birthYearOnly: false,
        gender: "female",
        unit: "SỞ Y TẾ",
        level: "province",
        programme: "Cao cấp lý luận chính trị",
        field: "",
        major: "",
        kind: "training",
        section: null,
        ethnicity: "",
        list: "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO NĂM 2019",
        sent: null,
      },
    ]);
  });

  test("legacy-encoded text is read as the Unicode it stands for, by its font or by its letters", () => {
    const byFont = trainingSheet([{ name: "Bế Văn Hùng", born: "03/11/1987", programme: "Th¹c sÜ" }], {
      programmeFont: ".VnTime",
    });
    const byLetters = trainingSheet([{ name: "N«ng V¨n Thµnh", born: "12/03/1985", programme: "Chuyªn khoa cÊp I" }]);
    const [a] = extractPeople("a.xlsx", { file: "a.xlsx", sheets: [byFont] }, DEFAULT_SETTINGS);
    const [b] = extractPeople("b.xlsx", { file: "b.xlsx", sheets: [byLetters] }, DEFAULT_SETTINGS);
    expect([a.programme, b.name, b.programme]).toEqual(["Thạc sĩ", "Nông Văn Thành", "Chuyên khoa cấp I"]);
  });

  test("a rotation list's unit is the unit rotated from; sheets without a roster give nobody", () => {
    const people = extractPeople(
      "lc.xlsx",
      {
        file: "lc.xlsx",
        sheets: [
          { name: "Bìa", values: [["BÁO CÁO"]] },
          rotationSheet([{ name: "Lục Thị Duyên", born: "02/02/1982", from: "UBND huyện Thạch An" }]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(people.map((p) => [p.sheet, p.kind, p.unit, p.level])).toEqual([
      ["Luân chuyển", "rotation", "UBND huyện Thạch An", "district"],
    ]);
  });

  test("only the roster sheet named in the settings, when one is", () => {
    const book = {
      file: "a.xlsx",
      sheets: [
        trainingSheet([{ name: "A B", born: "01/01/1980" }], { name: "Một" }),
        trainingSheet([{ name: "C D", born: "01/01/1981" }], { name: "Hai" }),
      ],
    };
    expect(extractPeople("a.xlsx", book, { ...DEFAULT_SETTINGS, rosterSheet: "hai" }).map((p) => p.name)).toEqual([
      "C D",
    ]);
  });

  test("a birth date in pieces and a decision inside its number's cell, read as the check reads them", () => {
    const sheet = {
      name: "Danh sách",
      values: [
        ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, null, "Chương trình đào tạo", "Số, ngày quyết định"],
        [null, null, "Ngày", "Tháng", "Năm", null, null],
        [1, "Nông Văn Thành", 31, 3, 1985, "Thạc sĩ", "86-QĐ/BTCTU ngày 05/03/2020"],
      ],
      merges: [{ top: 0, left: 2, bottom: 0, right: 4 }],
    };
    const [person] = extractPeople("a.xlsx", { file: "a.xlsx", sheets: [sheet] }, DEFAULT_SETTINGS);
    expect([person.birth, person.birthYearOnly, person.gender, person.sent]).toEqual([
      { y: 1985, m: 3, d: 31 },
      false,
      null,
      { y: 2020, m: 3, d: 5 },
    ]);
  });
});
