import type { Issue, Report } from "../../core/report/types";
import { readCsv } from "../../../test/support/cli/read-csv";
import { defaultDelimiter, formatCsv } from "./format-csv";

function issue(value: Issue["value"], extra: Partial<Omit<Issue, "params">> = {}): Issue {
  return {
    rule: "formula-text",
    severity: "warning",
    cell: "C7",
    row: 7,
    column: "C",
    field: "notes",
    value,
    message: `Ô chứa "${String(value)}"`,
    params: { start: "=" },
    ...extra,
  };
}

function report(issues: Issue[], error: string | null = null): Report {
  const sheets = [
    { sheet: "DS", roster: true, kind: "training" as const, headerRows: [5], dataRows: 3, fields: {}, tables: [], issues },
  ];
  return {
    version: 1,
    files: [{ file: "so-y-te.xlsx", error, sheets: error ? [] : sheets }],
    summary: { files: 1, sheets: 1, rows: 3, errors: 0, warnings: issues.length, infos: 0 },
  };
}

const VI = { lang: "vi", delimiter: ";" } as const;
const EN = { lang: "en", delimiter: "," } as const;

/** The CSV's lines (no field here spans lines). */
function lines(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

const textDate: Issue = {
  rule: "text-date",
  severity: "info",
  cell: "D14",
  row: 14,
  column: "D",
  field: "birthDateFemale",
  value: 31274,
  message: "Ngày 15/08/1985 được lưu dạng văn bản.",
  params: { date: "15/08/1985" },
  fix: 31274,
};

describe("formatCsv", () => {
  test("Vietnamese: ';' as Excel with Vietnamese regional settings splits columns, Vietnamese headings, a byte-order mark", () => {
    expect(defaultDelimiter("vi")).toBe(";");
    const csv = formatCsv(report([issue("Ghi chú"), issue("Khác")]), VI);
    expect(
      csv.startsWith(
        "\uFEFFTệp;Trang tính;Ô;Dòng;Cột;Quy tắc;Mã quy tắc;Mức độ;Trường;Giá trị;Nội dung;Sửa thành;Ô liên quan\r\n",
      ),
    ).toBe(true);
    expect(lines(csv)).toHaveLength(3);
    expect(lines(csv)[1]).toBe(
      'so-y-te.xlsx;DS;C7;7;C;Văn bản có thể thành công thức;formula-text;cảnh báo;notes;Ghi chú;"Ô chứa ""Ghi chú""";;',
    );
  });

  test("English: ',' and English headings and titles", () => {
    expect(defaultDelimiter("en")).toBe(",");
    const rows = readCsv(formatCsv(report([issue("Ghi chú")]), EN), ",");
    expect(rows[0]).toEqual([
      "File",
      "Sheet",
      "Cell",
      "Row",
      "Column",
      "Rule",
      "Rule id",
      "Severity",
      "Field",
      "Value",
      "Message",
      "Fix",
      "Related cell",
    ]);
    expect(rows[1].slice(5, 8)).toEqual(["Text that may turn into a formula", "formula-text", "warning"]);
  });

  test("--delimiter overrides the language's separator", () => {
    const tabbed = formatCsv(report([issue("Hà Nội; Huế")]), { lang: "vi", delimiter: "tab" });
    expect(lines(tabbed)[0].split("\t")).toHaveLength(13);
    expect(readCsv(tabbed, "\t")[1][9]).toBe("Hà Nội; Huế");
    const commas = formatCsv(report([issue("x")]), { lang: "vi", delimiter: "," });
    expect(lines(commas)[0]).toContain("Tệp,Trang tính,");
  });

  test("dates are written as dd/mm/yyyy, never as Excel serials; a year typed alone stays a year", () => {
    const rows = readCsv(formatCsv(report([textDate, { ...textDate, value: 1985, fix: undefined }]), VI), ";");
    expect(rows[1][9]).toBe("15/08/1985");
    expect(rows[1][11]).toBe("15/08/1985");
    expect(rows[2][9]).toBe("1985");
  });

  test("a number outside dates keeps the decimal mark of its separator", () => {
    const horizon = issue(4.8, { field: "position" });
    expect(readCsv(formatCsv(report([horizon]), VI), ";")[1][9]).toBe("4,8");
    expect(readCsv(formatCsv(report([horizon]), EN), ",")[1][9]).toBe("4.8");
  });

  test("every text field is protected: value, message, fix, file and sheet names", () => {
    const csv = formatCsv(report([issue("+84 912", { message: "-bad", fix: "=1+1", related: "@C5" })]), EN);
    const row = readCsv(csv, ",")[1];
    expect([row[9], row[10], row[11], row[12]]).toEqual(["'+84 912", "'-bad", "'=1+1", "'@C5"]);
    const named = report([issue("x")]);
    const unsafe: Report = { ...named, files: [{ ...named.files[0], file: "=evil.xlsx" }] };
    unsafe.files[0].sheets[0].sheet = "\u00A0+DS";
    expect(lines(formatCsv(unsafe, EN))[1].startsWith("'=evil.xlsx,'\u00A0+DS,C7,")).toBe(true);
  });

  test("a file that could not be read gets a line with its error", () => {
    expect(lines(formatCsv(report([], "Tệp rỗng (0 byte)."), VI))[1]).toBe(
      "so-y-te.xlsx;;;;;;;lỗi;;;Tệp rỗng (0 byte).;;",
    );
  });
});
