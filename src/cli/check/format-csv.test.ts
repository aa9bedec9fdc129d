import type { Issue, Report } from "../../core/report/types";
import { csvField, formatCsv } from "./format-csv";

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

/** The CSV's records, split the way a spreadsheet would (no field here spans lines). */
function records(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

describe("formatCsv", () => {
  test("starts with a byte-order mark and a header, one issue a CRLF line", () => {
    const csv = formatCsv(report([issue("Ghi chú"), issue("Khác")]));
    expect(csv.startsWith("\uFEFFfile,sheet,cell,row,column,rule,severity,field,value,message,fix,related\r\n")).toBe(
      true,
    );
    expect(records(csv)).toHaveLength(3);
    expect(records(csv)[1]).toBe('so-y-te.xlsx,DS,C7,7,C,formula-text,warning,notes,Ghi chú,"Ô chứa ""Ghi chú""",,');
  });

  test.each([
    ['=HYPERLINK("http://evil.example","Bấm vào")', `"'=HYPERLINK(""http://evil.example"",""Bấm vào"")"`],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\tcmd", "'\tcmd"],
    ["\r=1+1", `"'\r=1+1"`],
  ])("a cell holding %j cannot run as a formula when the CSV is opened", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  test("every text field is protected: value, message, fix, file and sheet names", () => {
    const csv = formatCsv(report([issue("+84 912", { message: "-bad", fix: "=1+1", related: "@C5" })]));
    const line = records(csv)[1];
    expect(line).toContain(",'+84 912,'-bad,'=1+1,'@C5");
    const named = report([issue("x")]);
    const unsafe: Report = { ...named, files: [{ ...named.files[0], file: "=evil.xlsx" }] };
    unsafe.files[0].sheets[0].sheet = "+DS";
    expect(records(formatCsv(unsafe))[1].startsWith("'=evil.xlsx,'+DS,C7,")).toBe(true);
  });

  test("numbers stay numbers, even negative ones; booleans and blanks read plainly", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(31471)).toBe("31471");
    expect(csvField(true)).toBe("TRUE");
    expect(csvField(null)).toBe("");
  });

  test("a file that could not be read gets a line with its error", () => {
    const line = records(formatCsv(report([], "Tệp rỗng (0 byte).")))[1];
    expect(line).toBe("so-y-te.xlsx,,,,,,error,,,Tệp rỗng (0 byte).,,");
  });
});
