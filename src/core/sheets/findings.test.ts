import { cellAt, shownValues } from "../../../test/support/sheets/description";
import type { FileReport, Issue } from "../report/types";
import { findingsSheet } from "./findings";

const issue = (overrides: Partial<Issue>): Issue => ({
  rule: "whitespace",
  severity: "warning",
  cell: "B7",
  row: 7,
  column: "B",
  field: "fullName",
  value: " An",
  message: "Thừa khoảng trắng",
  params: {},
  ...overrides,
});

const FILES: FileReport[] = [
  {
    file: "=so-y-te.xlsx",
    error: null,
    sheets: [
      {
        sheet: "Danh sách",
        roster: true,
        kind: "training",
        headerRows: [3],
        dataRows: 9,
        fields: {},
        tables: [],
        issues: [
          issue({ fix: "An" }),
          issue({
            rule: "text-date",
            severity: "error",
            cell: "C8",
            field: "birthDate",
            fix: 31113,
            message: "Ngày gõ thành chữ",
          }),
        ],
      },
    ],
  },
  { file: "sach.xlsx", error: null, sheets: [] },
  { file: "hong.xlsx", error: "tệp bị hỏng", sheets: [] },
];

describe("the findings per file", () => {
  const sheet = findingsSheet({ perFile: FILES }, "vi");

  it("lists each issue with its fix, a line for a clean file and one for a file that could not be read", () => {
    expect(shownValues(sheet, "A1:G5")).toEqual([
      ["Tệp", "Trang", "Ô", "Mức độ", "Quy tắc", "Nội dung", "Sửa thành"],
      ["=so-y-te.xlsx", "Danh sách", "B7", "Cảnh báo", "whitespace", "Thừa khoảng trắng", "An"],
      ["=so-y-te.xlsx", "Danh sách", "C8", "Lỗi", "text-date", "Ngày gõ thành chữ", 31113],
      ["sach.xlsx", null, null, null, null, "Không có vấn đề", null],
      ["hong.xlsx", null, null, "Lỗi", null, "KHÔNG ĐỌC ĐƯỢC, không được tính: tệp bị hỏng", null],
    ]);
    // A date fix shows as the day it stands for; a file name stays text.
    expect(cellAt(sheet, "G3")?.numberFormat).toBe("dd/mm/yyyy");
    expect(cellAt(sheet, "A2")?.text).toBe(true);
  });

  it("says under a sheet's issues how many more were found but not listed", () => {
    const [first] = FILES;
    const capped = { ...first, sheets: [{ ...first.sheets[0], unlisted: { error: 1200, warning: 3, info: 0 } }] };
    expect(shownValues(findingsSheet({ perFile: [capped] }, "vi"), "A4:G4")).toEqual([
      ["=so-y-te.xlsx", "Danh sách", null, null, null, "… và 1.203 vấn đề khác không được liệt kê", null],
    ]);
    expect(shownValues(findingsSheet({ perFile: [capped] }, "en"), "F4")).toEqual([
      ["… and 1,203 more issues not listed"],
    ]);
    // A file name starting with "=" stays text on this row too.
    expect(cellAt(findingsSheet({ perFile: [capped] }, "vi"), "A4")?.text).toBe(true);
  });

  it("colours the severity words and keeps the header in view", () => {
    expect(sheet.conditionalFormats?.map((r) => [r.formula, r.tone])).toEqual([
      ['=$D2="Lỗi"', "bad"],
      ['=$D2="Cảnh báo"', "caution"],
      ['=$D2="Lưu ý"', "note"],
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(shownValues(findingsSheet({ perFile: FILES }, "en"), "D2:D3")).toEqual([["Warning"], ["Error"]]);
  });
});
