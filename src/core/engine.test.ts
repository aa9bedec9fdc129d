import { summarize, validateSheet, validateWorkbook } from "./engine";
import { CLEAN_TRAINEES, date, sheetFrom, TODAY, trainees, trainingSheet } from "../../test/support/core/grid";

describe("validateSheet", () => {
  it("describes the roster it found: kind, header rows, data rows and field columns", () => {
    const report = validateSheet(trainingSheet([...CLEAN_TRAINEES, {}, {}]), { today: TODAY });
    expect(report).toMatchObject({
      sheet: "Danh sách",
      roster: true,
      kind: "training",
      headerRows: [3],
      dataRows: 4,
      issues: [],
    });
    expect(report.fields).toMatchObject({ fullName: "B", birthDate: "C", programme: "H", decisionNumber: "L" });
  });

  it("gives Excel addresses when the used range does not start at A1", () => {
    const sheet = sheetFrom(
      [
        ["Họ và tên", "Ngày sinh", "Dân tộc"],
        ["Nguyễn Văn An", "31/02/1985", "Tày"],
      ],
      { origin: { row: 10, col: 4 } },
    );
    const report = validateSheet(sheet, { today: TODAY });
    expect(report.headerRows).toEqual([10]);
    expect(report.fields).toEqual({ fullName: "D", birthDate: "E", ethnicity: "F" });
    expect(
      report.issues.map((issue) => [issue.rule, issue.cell, issue.row, issue.column, issue.field, issue.value]),
    ).toEqual([["invalid-date", "E11", 11, "E", "birthDate", "31/02/1985"]]);
  });

  it("sorts issues by row, then column, then rule", () => {
    const report = validateSheet(
      trainingSheet(trainees({ 0: { fullName: " Nguyen Van An", notes: "=1" }, 1: { birthDate: null } })),
      { today: TODAY },
    );
    expect(report.issues.map((issue) => `${issue.cell} ${issue.rule}`)).toEqual([
      "B5 missing-diacritics",
      "B5 whitespace",
      "N5 formula-text",
      "C6 required",
    ]);
  });

  it("writes messages in Vietnamese by default and in English on request", () => {
    const sheet = trainingSheet(trainees({ 1: { birthDate: null } }));
    expect(validateSheet(sheet, { today: TODAY }).issues[0].message).toBe("Thiếu ngày sinh.");
    expect(validateSheet(sheet, { today: TODAY, lang: "en" }).issues[0].message).toBe("Date of birth missing.");
  });

  it("lets a severity be changed per rule", () => {
    const sheet = trainingSheet(trainees({ 1: { decisionNumber: null, decisionDate: null } }));
    expect(validateSheet(sheet, { today: TODAY }).issues[0].severity).toBe("error");
    expect(
      validateSheet(sheet, { today: TODAY, severities: { "missing-decision": "warning" } }).issues[0].severity,
    ).toBe("warning");
  });

  it("judges birth dates in the future by the today option, else the today setting", () => {
    const sheet = trainingSheet(trainees({ 0: { birthDate: date("01/06/2025") } }));
    expect(validateSheet(sheet, { today: { y: 2025, m: 5, d: 1 } }).issues.map((issue) => issue.rule)).toEqual([
      "invalid-date",
    ]);
    expect(validateSheet(sheet, { settings: { today: "01/05/2025" } }).issues.map((issue) => issue.rule)).toEqual([
      "invalid-date",
    ]);
    expect(validateSheet(sheet, { today: TODAY }).issues).toEqual([]);
  });

  it("reports a sheet without a roster as such, without issues", () => {
    const report = validateSheet(sheetFrom([["Tổng hợp"], [1, 2, 3]]), { today: TODAY });
    expect(report).toEqual({
      sheet: "Danh sách",
      tables: [],
      roster: false,
      kind: null,
      headerRows: [],
      dataRows: 0,
      fields: {},
      issues: [],
    });
  });
});

describe("validateWorkbook and summarize", () => {
  it("checks only the configured roster sheet", () => {
    const other = { ...trainingSheet(trainees({ 0: { fullName: null } })), name: "Nháp" };
    const report = validateWorkbook(
      { file: "a.xlsx", sheets: [other, { ...trainingSheet(), name: "DS" }] },
      { today: TODAY, settings: { rosterSheet: "ds" } },
    );
    expect(report.sheets.map((sheet) => [sheet.sheet, sheet.roster, sheet.issues.length])).toEqual([
      ["Nháp", false, 0],
      ["DS", true, 0],
    ]);
  });

  it("counts files, sheets, rows and issues by severity, unreadable files as errors", () => {
    const broken = trainingSheet(trainees({ 0: { fullName: null, notes: "+1" }, 1: { birthDate: "05/11/1990" } }));
    const files = [
      validateWorkbook({ file: "a.xlsx", sheets: [broken, { ...trainingSheet(), name: "Khác" }] }, { today: TODAY }),
      { file: "b.xlsx", error: "Không đọc được tệp.", sheets: [] },
    ];
    expect(summarize(files)).toEqual({
      version: 1,
      files,
      summary: { files: 2, sheets: 2, rows: 8, errors: 2, warnings: 1, infos: 1 },
    });
  });

  it("lists at most maxIssues issues per file, the first by sheet and position, and counts the others", () => {
    const broken = trainingSheet(
      trainees({ 0: { fullName: null, notes: "+1" }, 1: { birthDate: "05/11/1990" }, 2: { fullName: null } }),
    );
    const book = { file: "a.xlsx", sheets: [broken, { ...broken, name: "Bản sao" }] };
    const all = validateWorkbook(book, { today: TODAY });
    const issues = all.sheets.flatMap((sheet) =>
      sheet.issues.map((issue) => `${sheet.sheet}!${issue.cell} ${issue.rule}`),
    );
    expect(issues.length).toBeGreaterThan(6);
    expect(all.sheets.map((sheet) => sheet.unlisted)).toEqual([undefined, undefined]);

    const capped = validateWorkbook(book, { today: TODAY, maxIssues: 6 });
    const listed = capped.sheets.flatMap((sheet) =>
      sheet.issues.map((issue) => `${sheet.sheet}!${issue.cell} ${issue.rule}`),
    );
    expect(listed).toEqual(issues.slice(0, 6));
    // The totals stay those of every issue found, so the exit code and the summary do not change.
    expect(summarize([capped]).summary).toEqual(summarize([all]).summary);
    const perSheet = all.sheets[0].issues.length;
    expect(capped.sheets.map((sheet) => sheet.issues.length)).toEqual([
      Math.min(perSheet, 6),
      6 - Math.min(perSheet, 6),
    ]);
    expect(capped.sheets[1].unlisted).toBeDefined();
  });

  it("reports a workbook without sheets as a file error", () => {
    const report = validateWorkbook({ file: "rong.xlsx", sheets: [] }, { today: TODAY });
    expect(report.sheets).toEqual([]);
    expect(report.error).toContain("Không tìm thấy danh sách");
  });
});
