import { cellAt, shownValues } from "../../../test/support/sheets/description";
import type { Issue, Report, SheetReport } from "../report/types";
import { checkReportSheet } from "./check-report";

const HOSTILE = ['=HYPERLINK("http://evil")', "+1", "-2+3", "@SUM(A1)", "<img src=x onerror=alert(1)>", "0123"];
const CHECKED_AT = new Date(2025, 2, 5, 14, 7);

function issue(row: number, value: string, severity: Issue["severity"] = "warning", message = value): Issue {
  return {
    rule: "whitespace",
    severity,
    cell: `B${row}`,
    row,
    column: "B",
    field: "fullName",
    value,
    message,
    params: {},
  };
}

function sheetReport(sheet: string, issues: Issue[]): SheetReport {
  return {
    sheet,
    roster: true,
    kind: "training",
    headerRows: [3, 4],
    dataRows: issues.length,
    fields: {},
    tables: [],
    issues,
  };
}

describe("the check report", () => {
  it("has the title, when the check ran, the header and one row per issue with a link to its cell", () => {
    const sheet = checkReportSheet(
      [sheetReport("Danh sách", [issue(3, " Lê  Văn Bình", "warning", "Thừa khoảng trắng")])],
      "vi",
      CHECKED_AT,
    );
    expect(shownValues(sheet, "A1:A2")).toEqual([
      ["Kết quả kiểm tra danh sách"],
      ["Thời điểm kiểm tra: 14:07 05/03/2025"],
    ]);
    expect(shownValues(sheet, "A4:F5")).toEqual([
      ["Trang tính", "Ô", "Quy tắc", "Mức độ", "Giá trị", "Nội dung"],
      ["Danh sách", "B3", "Thừa dấu cách (whitespace)", "Cảnh báo", " Lê  Văn Bình", "Thừa khoảng trắng"],
    ]);
    expect(cellAt(sheet, "B5")?.link).toEqual({ sheet: "Danh sách", cell: "B3" });
    expect(sheet.frozenRows).toBe(4);
  });

  it("writes every text taken from cells as text", () => {
    const sheet = checkReportSheet(
      [
        sheetReport(
          "Danh sách",
          HOSTILE.map((text, i) => issue(i + 2, text)),
        ),
      ],
      "vi",
      CHECKED_AT,
    );
    HOSTILE.forEach((text, i) => {
      expect(cellAt(sheet, `E${5 + i}`)).toEqual({ value: text, text: true });
      expect(cellAt(sheet, `F${5 + i}`)).toEqual({ value: text, text: true });
    });
  });

  it("reads every file's sheets of a whole report, and says so when nothing was found", () => {
    const report: Report = {
      version: 1,
      files: [{ file: "a.xlsx", error: null, sheets: [sheetReport(`Bob's "list"`, [issue(9, "+1", "error")])] }],
      summary: { files: 1, sheets: 1, rows: 1, errors: 1, warnings: 0, infos: 0 },
    };
    const en = checkReportSheet(report, "en", CHECKED_AT);
    expect(shownValues(en, "A5:D5")).toEqual([[`Bob's "list"`, "B9", "Extra spaces (whitespace)", "Error"]]);
    const none = checkReportSheet([sheetReport("Danh sách", [])], "en", CHECKED_AT);
    expect(shownValues(none, "A5:A6")).toEqual([["No problems found."], [null]]);
    expect(none.conditionalFormats).toEqual([]);
  });

  it("colours each severity word in the severity's tone: errors red, warnings amber, notes blue", () => {
    const sheet = checkReportSheet(
      [sheetReport("Danh sách", [issue(2, "x", "error"), issue(3, "y", "info")])],
      "vi",
      CHECKED_AT,
    );
    expect(sheet.conditionalFormats?.map((r) => [r.formula, r.tone])).toEqual([
      ['=$D5="Lỗi"', "bad"],
      ['=$D5="Cảnh báo"', "caution"],
      ['=$D5="Lưu ý"', "note"],
    ]);
    expect(sheet.conditionalFormats?.[0].area).toEqual({ top: 5, left: 4, bottom: 6, right: 4 });
  });
});
