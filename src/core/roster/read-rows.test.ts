import { readRows } from "./read-rows";
import { layoutOf, sheetOf } from "../../../test/support/core/roster-grids";

const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Đơn vị"];

describe("locateRoster + readRows: where the data ends", () => {
  it("stops before a 'Tổng cộng' row and the signature block under it", () => {
    const sheet = sheetOf([
      HEADER,
      [1, "Nguyễn Văn An", "05/03/1985", "Sở Nội vụ"],
      [2, "Hoàng Thị Bích", "12/11/1990", "Công an tỉnh"],
      [null, "Tổng cộng: 02 người", null, null],
      [null, "Người lập biểu", null, "Thủ trưởng đơn vị"],
      [null, "Nguyễn Thị Hoa", null, "Lê Văn Hùng"],
    ]);
    expect(layoutOf(sheet).lastDataRow).toBe(2);
  });

  it("stops before 'Người lập biểu' and a place-and-date line, dropping the blank rows above them", () => {
    const sheet = sheetOf([
      HEADER,
      [1, "Nguyễn Văn An", "05/03/1985", "Sở Nội vụ"],
      [null, null, null, null],
      [null, null, null, "Cao Bằng, ngày 20 tháng 5 năm 2019"],
      [null, "Người lập biểu", null, "GIÁM ĐỐC"],
    ]);
    expect(layoutOf(sheet).lastDataRow).toBe(1);
  });

  it("recognises place-and-date lines left blank or dotted, in capitals or without diacritics", () => {
    for (const line of [
      "…, ngày … tháng … năm 2019",
      "Hà Nội, ngày     tháng     năm 20",
      "CAO BANG, NGAY 20 THANG 5 NAM 2019",
    ]) {
      const sheet = sheetOf([HEADER, [1, "Nguyễn Văn An", "05/03/1985", "Sở Nội vụ"], [null, null, line, null]]);
      expect(layoutOf(sheet).lastDataRow).toBe(1);
    }
  });

  it("finds the header and the footers of a workbook typed in TCVN3", () => {
    const sheet = sheetOf([
      ["STT", "Hä vµ tªn", "Ngµy sinh", "§¬n vÞ"],
      [1, "NguyÔn V¨n An", "05/03/1985", "Së Néi vô"],
      [null, "Tæng céng: 01 ng\u00adêi", null, null],
      [null, null, null, "Cao B»ng, ngµy 20 th¸ng 5 n¨m 2019"],
    ]);
    expect(layoutOf(sheet)).toMatchObject({ headerTop: 0, firstDataRow: 1, lastDataRow: 1 });
  });

  it("keeps rows whose units or positions merely start like a footer word", () => {
    const sheet = sheetOf([
      ["Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị"],
      ["Nguyễn Văn An", "05/03/1985", "Giám đốc", "Công an tỉnh"],
      ["Hoàng Thị Bích", "12/11/1990", "Thủ trưởng đơn vị", "Cộng đồng dân cư"],
      ["Lý Văn Cường", "01/01/1980", "Giám đốc Sở Nội vụ", "Sở Nội vụ"],
    ]);
    expect(layoutOf(sheet).lastDataRow).toBe(3);
  });

  it("stops before a bare signature title on a row without a name", () => {
    const sheet = sheetOf([
      ["Họ và tên", "Ngày sinh", "Chức vụ"],
      ["Nguyễn Văn An", "05/03/1985", "Giám đốc"],
      [null, null, "THỦ TRƯỞNG ĐƠN VỊ"],
      [null, null, "Lê Văn Hùng"],
    ]);
    expect(layoutOf(sheet).lastDataRow).toBe(1);
  });

  it("stops at the end of the Excel table the roster lives in", () => {
    const sheet = sheetOf(
      [
        ["Họ và tên", "Ngày sinh", "Đơn vị"],
        ["Nguyễn Văn An", "05/03/1985", "Sở Nội vụ"],
        ["Hoàng Thị Bích", "12/11/1990", "Sở Y tế"],
        ["Ghi chú: số liệu đến 31/12/2019", null, null],
      ],
      { tables: [{ name: "Bang1", hasHeader: true, top: 0, left: 0, bottom: 2, right: 2 }] },
    );
    expect(layoutOf(sheet).lastDataRow).toBe(2);
  });

  it("runs to the last filled row when there is no footer", () => {
    const sheet = sheetOf([
      HEADER,
      [1, "Nguyễn Văn An", "05/03/1985", "Sở Nội vụ"],
      [2, null, null, null],
      [null, null, null, null],
    ]);
    expect(layoutOf(sheet)).toMatchObject({ firstDataRow: 1, lastDataRow: 1 });
  });

  it("has no data rows under a header alone", () => {
    const layout = layoutOf(sheetOf([HEADER]));
    expect(layout.lastDataRow).toBeLessThan(layout.firstDataRow);
    expect(readRows(sheetOf([HEADER]), layout)).toEqual([]);
  });
});

describe("readRows", () => {
  it("lists the recognised fields of a row's cells to a for…in loop", () => {
    const sheet = sheetOf([
      ["STT", "Họ và tên", "Ngày sinh"],
      [1, "Nguyễn Văn An", "1985"],
    ]);
    const [row] = readRows(sheet, layoutOf(sheet));
    const fields: string[] = [];
    for (const field in row.cells) fields.push(field);
    expect(fields.sort()).toEqual(["birthDate", "fullName", "stt"]);
  });

  it("returns every row between the first and last data row, flagging blank and STT-only rows empty", () => {
    const sheet = sheetOf([
      HEADER,
      [1, "Nguyễn Văn An", "05/03/1985", "Sở Nội vụ"],
      [2, null, null, null],
      [null, "  ", null, null],
      [4, "Hoàng Thị Bích", null, null],
    ]);
    const rows = readRows(sheet, layoutOf(sheet));
    expect(rows.map((r) => [r.row, r.empty])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, false],
    ]);
  });

  it("does not count a value in an unheaded column as data, but does count one in a headed column", () => {
    const sheet = sheetOf([
      ["Họ và tên", "Ngày sinh", "Khen thưởng", null],
      [null, null, "Bằng khen", null],
      [null, null, null, "lạc chỗ"],
    ]);
    expect(readRows(sheet, layoutOf(sheet)).map((r) => r.empty)).toEqual([false, true]);
  });

  it("gives each recognised field's cell with its number format and font", () => {
    const sheet = sheetOf(
      [
        ["Họ và tên", "Ngày sinh", "Khen thưởng"],
        ["NguyÔn V¨n An", 31111, "x"],
      ],
      {
        numberFormats: [
          [null, null, null],
          ["General", "dd/mm/yyyy", "General"],
        ],
        fonts: [
          [null, null, null],
          [".VnTime", "Times New Roman", ".VnTime"],
        ],
      },
    );
    const [row] = readRows(sheet, layoutOf(sheet));
    expect(row.cells.fullName).toEqual({
      row: 1,
      col: 0,
      value: "NguyÔn V¨n An",
      numberFormat: "General",
      font: ".VnTime",
    });
    expect(row.cells.birthDate).toEqual({
      row: 1,
      col: 1,
      value: 31111,
      numberFormat: "dd/mm/yyyy",
      font: "Times New Roman",
    });
    expect(row.cells.unit).toBeUndefined();
    expect("birthDate" in row.cells && !("unit" in row.cells)).toBe(true);
  });

  it("gives blank cells for short rows and null layers when the host gives none", () => {
    const sheet = sheetOf([["Họ và tên", "Ngày sinh", "Đơn vị"], ["Nguyễn Văn An"]]);
    const [row] = readRows(sheet, layoutOf(sheet));
    expect(row.cells.unit).toEqual({ row: 1, col: 2, value: null, numberFormat: null, font: null });
  });
});
