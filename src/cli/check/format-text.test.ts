import type { Issue, Report } from "../../core/report/types";
import { formatText } from "./format-text";

function report(issues: Issue[]): Report {
  return {
    version: 1,
    files: [
      {
        file: "so-y-te.xlsx",
        error: null,
        sheets: [{ sheet: "DS", roster: true, kind: "training", headerRows: [7, 8], dataRows: 12, fields: {}, tables: [], issues }],
      },
      { file: "cu.xlsx", error: "Tệp rỗng (0 byte).", sheets: [] },
    ],
    summary: { files: 2, sheets: 1, rows: 12, errors: 0, warnings: 0, infos: issues.length },
  };
}

const textDate: Issue = {
  rule: "text-date",
  severity: "info",
  cell: "D14",
  row: 14,
  column: "D",
  field: "birthDateFemale",
  value: "15/08/1985",
  message: "Ngày 15/08/1985 được lưu dạng văn bản.",
  params: { date: "15/08/1985" },
  fix: 31274,
};

describe("formatText", () => {
  test("a date fix is shown as the day, not as its Excel serial", () => {
    expect(formatText(report([textDate]), "vi")).toContain("→ sửa thành: 15/08/1985 (kiểu ngày)  [text-date]");
    expect(formatText(report([textDate]), "en")).toContain("→ fix: 15/08/1985 (as a date)  [text-date]");
  });

  test("a file that could not be read says so, with the reason", () => {
    expect(formatText(report([]), "vi")).toContain("cu.xlsx: KHÔNG ĐỌC ĐƯỢC: Tệp rỗng (0 byte).");
  });

  test("control characters from cells (terminal escape codes) are shown as escapes, not sent to the terminal", () => {
    const out = formatText(report([{ ...textDate, message: "Ô chứa \u001b[2J\u0007 mã điều khiển" }]), "vi");
    expect(out).toContain("Ô chứa \\u001B[2J\\u0007 mã điều khiển");
    expect(out).not.toMatch(/\p{Cc}(?<!\n)/u);
  });

  test("a right-to-left override in a sheet name or fix cannot reorder the line", () => {
    const renamed = report([{ ...textDate, fix: "abc\u202Efdp.exe" }]);
    renamed.files[0].sheets[0].sheet = "DS\u2066x";
    const out = formatText(renamed, "en");
    expect(out).toContain('Sheet "DS\\u2066x"');
    expect(out).toContain('"abc\\u202Efdp.exe"');
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
