import { cellOf, createFakeHost, PAYLOAD_LIMIT, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import type { Issue, Report, SheetReport } from "../core/report/types";
import { REPORT_SHEET, writeReportSheet } from "./report-sheet";

const HOSTILE = ['=HYPERLINK("http://evil")', "+1", "-2+3", "@SUM(A1)", "<img src=x onerror=alert(1)>", "0123"];
const CHECKED_AT = new Date(2025, 2, 5, 14, 7);

function issue(row: number, value: string, message = value): Issue {
  return {
    rule: "whitespace",
    severity: "warning",
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
    fields: { fullName: "B" },
    tables: [],
    issues,
  };
}

function setup(apiVersion = "1.13") {
  const host = createFakeHost(
    workbookFromGrid([
      { name: "Danh sách", rows: [["STT", "Họ tên"], ...HOSTILE.map((text, i) => [i + 1, text])] },
      { name: "Ghi chú", rows: [["x"]] },
    ]),
    { apiVersion },
  );
  return host;
}

function textAt(host: ReturnType<typeof setup>, address: string) {
  const cell = cellOf(sheetByName(host.workbook, REPORT_SHEET), address);
  return { value: cell?.value ?? null, formula: cell?.formula };
}

describe("writeReportSheet", () => {
  it("stores every text taken from cells as text, never as a formula, and touches no other sheet", async () => {
    const host = setup();
    const before = snapshot(host.workbook);
    const report = [
      sheetReport(
        "Danh sách",
        HOSTILE.map((text, i) => issue(i + 2, text)),
      ),
    ];
    expect(await writeReportSheet(host.context(), report, "vi", CHECKED_AT, { hyperlinks: true })).toEqual({
      sheet: REPORT_SHEET,
      rows: HOSTILE.length,
    });

    HOSTILE.forEach((text, i) => {
      expect(textAt(host, `E${5 + i}`)).toEqual({ value: text, formula: undefined });
      expect(textAt(host, `F${5 + i}`)).toEqual({ value: text, formula: undefined });
    });
    expect(host.workbook.sheets.slice(0, 2)).toEqual(before.sheets);
    expect(host.workbook.activeSheet).toBe(REPORT_SHEET);
  });

  it("links each issue to its cell where Excel has Range.hyperlink", async () => {
    const host = setup();
    await writeReportSheet(
      host.context(),
      [sheetReport("Danh sách", [issue(3, " Lê  Văn Bình", "Thừa khoảng trắng")])],
      "vi",
      CHECKED_AT,
      { hyperlinks: true },
    );
    const cell = cellOf(sheetByName(host.workbook, REPORT_SHEET), "B5");
    expect(cell).toMatchObject({
      value: "B3",
      hyperlink: { documentReference: "'Danh sách'!B3", textToDisplay: "B3" },
    });
  });

  it("links with HYPERLINK formulas before ExcelApi 1.7, sheet names escaped", async () => {
    const host = setup("1.6");
    const name = `Bob's "list"`;
    const report: Report = {
      version: 1,
      files: [{ file: "a.xlsx", error: null, sheets: [sheetReport(name, [issue(9, "+1")])] }],
      summary: { files: 1, sheets: 1, rows: 1, errors: 0, warnings: 1, infos: 0 },
    };
    await writeReportSheet(host.context(), report, "en", CHECKED_AT);
    expect(textAt(host, "B5").formula).toBe(`=HYPERLINK("#'Bob''s ""list""'!B9","B9")`);
    expect(textAt(host, "A5")).toEqual({ value: name, formula: undefined });
    expect(textAt(host, "E5")).toEqual({ value: "+1", formula: undefined });
    expect(textAt(host, "D4").value).toBe("Severity");
  });

  it("replaces an earlier report and says so when nothing was found", async () => {
    const host = setup();
    await writeReportSheet(host.context(), [sheetReport("Danh sách", [issue(3, "x")])], "vi", CHECKED_AT);
    await writeReportSheet(host.context(), [sheetReport("Danh sách", [])], "en", CHECKED_AT);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Danh sách", "Ghi chú", REPORT_SHEET]);
    expect(textAt(host, "A5").value).toBe("No problems found.");
    expect(textAt(host, "A6").value).toBeNull();
  });

  it("takes the same number of syncs for 10 and 5,000 issues", async () => {
    const counts = [];
    for (const n of [10, 5000]) {
      const host = setup();
      const issues = Array.from({ length: n }, (_, i) =>
        issue(2 + i, HOSTILE[i % HOSTILE.length], "Giá trị có khoảng trắng thừa ở đầu hoặc cuối"),
      );
      await writeReportSheet(host.context(), [sheetReport("Danh sách", issues)], "vi", CHECKED_AT, {
        hyperlinks: true,
      });
      counts.push(host.stats.syncs);
      expect(textAt(host, `F${4 + n}`).value).toBe("Giá trị có khoảng trắng thừa ở đầu hoặc cuối");
    }
    expect(counts).toEqual([3, 3]);
  });

  it("splits a report too long for one request into several, each under 5 MB", async () => {
    const host = setup();
    const issues = Array.from({ length: 20_000 }, (_, i) =>
      issue(2 + i, `Giá trị ${i}`, "Giá trị có khoảng trắng thừa ở đầu hoặc cuối"),
    );
    await writeReportSheet(host.context(), [sheetReport("Danh sách", issues)], "vi", CHECKED_AT, { hyperlinks: true });
    expect(host.stats.syncs).toBeGreaterThan(2);
    expect(host.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(textAt(host, "E5").value).toBe("Giá trị 0");
    expect(textAt(host, "E20004").value).toBe("Giá trị 19999");
    expect(cellOf(sheetByName(host.workbook, REPORT_SHEET), "B20004")?.hyperlink?.documentReference).toBe(
      "'Danh sách'!B20001",
    );
  });
});
