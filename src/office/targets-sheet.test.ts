import { cellOf, createFakeHost, sheetByName, snapshot, workbookFromGrid } from "../../test/host";
import { defaultTargetsGrid } from "../core/targets/default-grid";
import { detectCapabilities } from "./capabilities";
import { createTargetsSheet, readTargetsSheet, TARGETS_SHEET } from "./targets-sheet";

function setup(
  sheets = [
    {
      name: "Danh sách",
      rows: [
        ["STT", "Họ và tên"],
        [1, "Nguyễn Văn An"],
      ],
    },
  ],
) {
  const host = createFakeHost(workbookFromGrid(sheets), { apiVersion: "1.13" });
  return { host, caps: detectCapabilities(host.Office.context.requirements) };
}

describe("createTargetsSheet", () => {
  it("creates “Chỉ tiêu” with the article's categories and blank targets, and shows the first target cell", async () => {
    const { host } = setup();
    const before = snapshot(host.workbook);
    const grid = defaultTargetsGrid("vi");
    expect(await createTargetsSheet(host.context(), grid)).toEqual({
      created: true,
      sheet: TARGETS_SHEET,
      categories: 11,
    });

    const sheet = sheetByName(host.workbook, TARGETS_SHEET);
    expect(cellOf(sheet, "B4")?.value).toBe("Danh mục");
    expect(cellOf(sheet, "G4")?.value).toBe("Chỉ tiêu");
    expect(cellOf(sheet, "B5")).toMatchObject({ value: "Thạc sĩ – Giáo dục", numberFormat: "@" });
    expect(cellOf(sheet, "G5")?.value ?? null).toBeNull();
    expect(host.workbook.activeSheet).toBe(TARGETS_SHEET);
    expect(host.workbook.selection).toEqual({ top: 4, left: 6, bottom: 4, right: 6 });
    expect(host.workbook.sheets[0]).toEqual(before.sheets[0]);
  });

  it("leaves a sheet of that name as it is", async () => {
    const { host } = setup([
      {
        name: "Chỉ tiêu",
        rows: [
          ["Danh mục", "Chỉ tiêu"],
          ["Thạc sĩ", 12],
        ],
      },
    ]);
    const before = snapshot(host.workbook);
    expect(await createTargetsSheet(host.context(), defaultTargetsGrid("en"))).toEqual({
      created: false,
      sheet: TARGETS_SHEET,
    });
    expect(host.workbook).toEqual(before);
  });
});

describe("readTargetsSheet", () => {
  it("reads back the targets the user typed in", async () => {
    const { host, caps } = setup();
    await createTargetsSheet(host.context(), defaultTargetsGrid("vi"));
    const sheet = sheetByName(host.workbook, TARGETS_SHEET);
    const g5 = sheet.cells[4][6] ?? {
      value: null,
      numberFormat: "General",
      font: { name: "Calibri", bold: false },
      fill: null,
    };
    sheet.cells[4][6] = { ...g5, value: 10 };
    const read = await readTargetsSheet(host.context(), caps);
    if (!read.ok) throw new Error(read.problem);
    expect(read.targets).toHaveLength(11);
    expect(read.targets[0]).toMatchObject({ label: "Thạc sĩ – Giáo dục", target: 10, row: 5 });
    expect(read.targets[1].target).toBeNull();
  });

  it("says when there is no targets sheet", async () => {
    const { host, caps } = setup();
    expect(await readTargetsSheet(host.context(), caps)).toEqual({ ok: false, problem: "no-sheet" });
  });
});
