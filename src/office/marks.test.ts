import { createFakeHost, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import { rosterSheet } from "../../test/host/sample-roster";
import type { Issue } from "../core/report/types";
import { detectCapabilities } from "./capabilities";
import { applyMarks, clearMarks, MARK_FILLS } from "./marks";
import { MARKS_KEY, parseMarks } from "./marks-record";

type Mark = Pick<Issue, "cell" | "severity">;

const USER_FORMAT = { range: "B5:B40", formula: "=LEN(B5)>20", fill: "#00FF00" };

function setup(apiVersion = "1.13") {
  const roster = { ...rosterSheet("Danh sách", 60), conditionalFormats: [USER_FORMAT] };
  const host = createFakeHost(workbookFromGrid([roster, { name: "Khác", rows: [["x"]] }]), { apiVersion });
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

describe("applyMarks and clearMarks", () => {
  it("colour the cells with the add-in's own formats, then leave the workbook exactly as it was", async () => {
    const { host, caps } = setup();
    const before = snapshot(host.workbook);

    const result = await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    const sheet = sheetByName(host.workbook, "Danh sách");
    expect(result).toEqual({ cells: 5, formats: 2 });
    expect(sheet.conditionalFormats).toHaveLength(3);
    const [errors, notes, user] = sheet.conditionalFormats;
    expect(errors).toMatchObject({ formula: "=TRUE", fill: MARK_FILLS.error });
    expect(errors.areas).toEqual([
      { top: 6, left: 1, bottom: 8, right: 1 },
      { top: 6, left: 2, bottom: 6, right: 2 },
    ]);
    expect(notes).toMatchObject({
      formula: "=TRUE",
      fill: MARK_FILLS.info,
      areas: [{ top: 11, left: 4, bottom: 11, right: 4 }],
    });
    expect(user).toEqual(before.sheets[0].conditionalFormats[0]);
    expect(sheet.cells).toEqual(before.sheets[0].cells);
    expect(parseMarks(host.workbook.settings[MARKS_KEY]).map((m) => m.id)).toEqual([notes.id, errors.id]);

    // A colleague opening the file later clears them from the record kept in the workbook.
    const colleague = createFakeHost(host.workbook);
    expect(await clearMarks(colleague.context())).toBe(2);
    expect(host.workbook).toEqual(before);
  });

  it("replace the earlier marks of a sheet instead of piling up", async () => {
    const { host, caps } = setup();
    await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    await applyMarks(host.context(), "Danh sách", [{ cell: "D20", severity: "warning" }], caps);
    const formats = sheetByName(host.workbook, "Danh sách").conditionalFormats;
    expect(formats.map((f) => f.fill)).toEqual([MARK_FILLS.warning, USER_FORMAT.fill]);
    expect(parseMarks(host.workbook.settings[MARKS_KEY]).map((m) => m.id)).toEqual([formats[0].id]);
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
    expect(host.stats.syncs).toBe(3);
  });

  it("fall back to one format per block of cells before ExcelApi 1.9", async () => {
    const { host, caps } = setup("1.8");
    const before = snapshot(host.workbook);
    const result = await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    expect(result).toEqual({ cells: 5, formats: 3 });
    expect(host.stats.syncs).toBe(3);
    await clearMarks(host.context());
    expect(host.workbook).toEqual(before);
  });

  it("leave formats the record does not name, and skip ones the user already deleted", async () => {
    const { host, caps } = setup();
    await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    const sheet = sheetByName(host.workbook, "Danh sách");
    sheet.conditionalFormats.splice(0, 1);
    expect(await clearMarks(host.context())).toBe(1);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0].fill).toBe(USER_FORMAT.fill);
    expect(host.workbook.settings[MARKS_KEY]).toBeUndefined();
  });

  it("find marks on a renamed sheet and survive a junk record", async () => {
    const { host, caps } = setup();
    await applyMarks(host.context(), "Danh sách", ISSUES, caps);
    sheetByName(host.workbook, "Danh sách").name = "Danh sách 2024";
    expect(await clearMarks(host.context())).toBe(2);

    host.workbook.settings[MARKS_KEY] = "{not json";
    expect(await clearMarks(host.context())).toBe(0);
    expect(host.workbook.settings[MARKS_KEY]).toBeUndefined();
    expect(await clearMarks(host.context())).toBe(0);
  });

  it("do nothing where Excel has no conditional formats", async () => {
    const { host, caps } = setup("1.5");
    const before = snapshot(host.workbook);
    expect(await applyMarks(host.context(), "Danh sách", ISSUES, caps)).toEqual({ cells: 0, formats: 0 });
    expect(host.workbook).toEqual(before);
  });
});
