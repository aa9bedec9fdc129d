import { createFakeHost, PAYLOAD_LIMIT, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import { rosterSheet } from "../../test/host/sample-roster";
import type { Issue } from "../core/report/types";
import { detectCapabilities } from "./capabilities";
import { applyMarks, clearMarks, isMark, MARK_FILLS, MARK_RULE } from "./marks";

type Mark = Pick<Issue, "cell" | "severity">;

/** The user's own formats: one of theirs, one with the fill a mark uses, one with the rule marks used to have. */
const USER_FORMATS = [
  { range: "B5:B40", formula: "=LEN(B5)>20", fill: "#00FF00" },
  { range: "C5:C40", formula: '=C5<>""', fill: MARK_FILLS.error },
  { range: "D5:D40", formula: "=TRUE", fill: MARK_FILLS.warning },
  { range: "E5:E40", formula: "=E5>0", fill: "#FFFF00", type: "CellValue" },
];
const OTHER_SHEET_FORMAT = { range: "A1:A9", formula: "=A1=1", fill: MARK_FILLS.info };

function setup(apiVersion = "1.13") {
  const roster = { ...rosterSheet("Danh sách", 60), conditionalFormats: USER_FORMATS };
  const other = { name: "Khác", rows: [["x"]], conditionalFormats: [OTHER_SHEET_FORMAT] };
  const host = createFakeHost(workbookFromGrid([roster, other]), { apiVersion });
  return { host, caps: detectCapabilities(host.Office.context.requirements) };
}

const ISSUES: Mark[] = [
  { cell: "B7", severity: "error" },
  { cell: "B8", severity: "error" },
  { cell: "B9", severity: "error" },
  { cell: "C7", severity: "warning" },
  { cell: "C7", severity: "error" },
  { cell: "E12", severity: "info" },
  { cell: "", severity: "error" },
];

const userFormats = (host: ReturnType<typeof setup>["host"]) =>
  host.workbook.sheets.map((sheet) => sheet.conditionalFormats.filter((f) => !isMark(f.formula ?? "", f.fill ?? "")));

describe("applyMarks and clearMarks", () => {
  it("know the add-in's marks by their always-true rule carrying its name and their fill", () => {
    expect(isMark(MARK_RULE, MARK_FILLS.error)).toBe(true);
    expect(isMark('= n( "cadre" ) + 1', MARK_FILLS.info.toLowerCase())).toBe(true);
    expect(isMark("=TRUE", MARK_FILLS.error)).toBe(false);
    expect(isMark(MARK_RULE, "#00FF00")).toBe(false);
  });

  it("colour the cells with the add-in's own formats, then leave the workbook exactly as it was", async () => {
    const { host, caps } = setup();
    const before = snapshot(host.workbook);

    const result = await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    const sheet = sheetByName(host.workbook, "Danh sách");
    expect(result).toEqual({ cells: 5, formats: 2 });
    const [errors, notes, ...rest] = sheet.conditionalFormats;
    expect(errors).toMatchObject({ formula: MARK_RULE, fill: MARK_FILLS.error });
    expect(errors.areas).toEqual([
      { top: 6, left: 1, bottom: 8, right: 1 },
      { top: 6, left: 2, bottom: 6, right: 2 },
    ]);
    expect(notes).toMatchObject({
      formula: MARK_RULE,
      fill: MARK_FILLS.info,
      areas: [{ top: 11, left: 4, bottom: 11, right: 4 }],
    });
    expect(rest).toEqual(before.sheets[0].conditionalFormats);
    expect(sheet.cells).toEqual(before.sheets[0].cells);
    expect(host.workbook.settings).toEqual(before.settings);

    // A colleague opening the file later clears them: nothing but the marks themselves tells them apart.
    const colleague = createFakeHost(structuredClone(host.workbook));
    expect(await clearMarks(colleague.context())).toBe(2);
    expect(colleague.workbook).toEqual(before);
  });

  it("never touch the user's formats, on this sheet or another, when priorities shift before a reopen", async () => {
    const { host, caps } = setup();
    const users = userFormats(host);
    await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    await applyMarks(host.context(), "Khác", [{ cell: "A3", severity: "warning" }], caps);
    // The user adds a format of top priority and deletes one of theirs: every format's priority (its id) moves.
    const sheet = sheetByName(host.workbook, "Danh sách");
    sheet.conditionalFormats.unshift({
      type: "Custom",
      areas: [{ top: 0, left: 0, bottom: 0, right: 0 }],
      formula: "=A1>1",
      fill: "#123456",
    });
    sheet.conditionalFormats.splice(sheet.conditionalFormats.length - 1, 1);
    const expected = userFormats(host);
    expect(expected[0]).toHaveLength(users[0].length);

    const reopened = createFakeHost(structuredClone(host.workbook));
    await applyMarks(reopened.context(), "Danh sách", [{ cell: "B9", severity: "info" }], caps);
    expect(userFormats(reopened)).toEqual(expected);
    expect(
      sheetByName(reopened.workbook, "Khác").conditionalFormats.filter((f) => f.formula === MARK_RULE),
    ).toHaveLength(1);
    expect(await clearMarks(reopened.context())).toBe(2);
    expect(userFormats(reopened)).toEqual(expected);
    expect(reopened.workbook.sheets.flatMap((s) => s.conditionalFormats).some((f) => f.formula === MARK_RULE)).toBe(
      false,
    );
  });

  it("replace the earlier marks of a sheet instead of piling up", async () => {
    const { host, caps } = setup();
    await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    await applyMarks(host.context(), "Danh sách", [{ cell: "D20", severity: "warning" }], caps);
    const formats = sheetByName(host.workbook, "Danh sách").conditionalFormats;
    expect(formats.map((f) => f.fill)).toEqual([MARK_FILLS.warning, ...USER_FORMATS.map((f) => f.fill)]);
  });

  it("take a constant number of syncs however many cells are marked", async () => {
    const { host, caps } = setup();
    const many: Mark[] = Array.from({ length: 5000 }, (_, i) => ({
      cell: `${"BCDEFGH"[i % 7]}${5 + 2 * Math.floor(i / 7)}`,
      severity: i % 3 ? "warning" : "error",
    }));
    host.resetStats();
    await applyMarks(host.context(), "Danh sách", many.slice(0, 10), caps);
    const few = host.stats.syncs;
    host.resetStats();
    const result = await applyMarks(host.context(), "Danh sách", many, caps);
    expect(host.stats.syncs).toBe(few);
    expect(few).toBe(3);
    expect(result.cells).toBe(5000);
    host.resetStats();
    await clearMarks(host.context());
    expect(host.stats.syncs).toBe(4);
  });

  it("fall back to one format per block of cells before ExcelApi 1.9, each request within the web's limit", async () => {
    const { host, caps } = setup("1.8");
    const before = snapshot(host.workbook);
    const result = await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    expect(result).toEqual({ cells: 5, formats: 3 });
    expect(host.stats.syncs).toBe(3);
    await clearMarks(host.context());
    expect(host.workbook).toEqual(before);

    const scattered: Mark[] = Array.from({ length: 6000 }, (_, i) => ({ cell: `B${5 + 2 * i}`, severity: "error" }));
    host.resetStats();
    expect((await applyMarks(host.context(), "Danh sách", scattered, caps)).formats).toBe(6000);
    expect(host.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(host.stats.syncs).toBeGreaterThan(3);
  });

  it("do nothing where Excel has no conditional formats", async () => {
    const { host, caps } = setup("1.5");
    const before = snapshot(host.workbook);
    expect(await applyMarks(host.context(), "Danh sách", ISSUES, caps)).toEqual({ cells: 0, formats: 0 });
    expect(host.workbook).toEqual(before);
  });
});
