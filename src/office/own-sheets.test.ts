import { createFakeHost, sheetByName, workbookFromGrid } from "../../test/host";
import { claimOwnSheet, freeSheetName, OWN_SHEETS_KEY, parseOwnSheets } from "./own-sheets";

const REPORT = "Báo cáo kết quả";

/** A workbook whose user has a sheet named like the add-in's report, with work of theirs on it. */
function setup() {
  return createFakeHost(
    workbookFromGrid([
      { name: "Danh sách", rows: [["Họ tên"]] },
      { name: REPORT, rows: [["Báo cáo của phòng, viết tay"]] },
    ]),
  );
}

async function writeReport(host: ReturnType<typeof setup>, text: string): Promise<string> {
  const context = host.context();
  const slot = await claimOwnSheet(context, "report", REPORT);
  slot.worksheet.getRange("A1").values = [[text]];
  await context.sync();
  slot.record();
  await context.sync();
  return slot.name;
}

describe("the add-in's own sheets", () => {
  it("picks the first free name, as Excel names copies, within 31 characters and whatever the case", () => {
    expect(freeSheetName(REPORT, ["Danh sách"])).toBe(REPORT);
    expect(freeSheetName(REPORT, [REPORT.toUpperCase()])).toBe(`${REPORT} (2)`);
    expect(freeSheetName(REPORT, [REPORT, `${REPORT} (2)`])).toBe(`${REPORT} (3)`);
    expect(freeSheetName("x".repeat(31), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
  });

  it("never replaces a user's sheet that has the add-in's name, and replaces its own, renamed or not", async () => {
    const host = setup();
    expect(await writeReport(host, "lần 1")).toBe(`${REPORT} (2)`);
    expect(sheetByName(host.workbook, REPORT).cells[0]?.[0]?.value).toBe("Báo cáo của phòng, viết tay");

    // The user renames the add-in's report: the next report replaces it under the user's name for it.
    sheetByName(host.workbook, `${REPORT} (2)`).name = "Báo cáo quý III";
    expect(await writeReport(host, "lần 2")).toBe("Báo cáo quý III");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Danh sách", REPORT, "Báo cáo quý III"]);
    expect(sheetByName(host.workbook, "Báo cáo quý III").cells[0]?.[0]?.value).toBe("lần 2");
    const ownId = sheetByName(host.workbook, "Báo cáo quý III").id;
    expect(parseOwnSheets(host.workbook.settings[OWN_SHEETS_KEY])).toEqual([{ id: ownId, role: "report" }]);
  });

  it("makes a new sheet when the user deleted the add-in's, and ignores a damaged record", async () => {
    const host = setup();
    await writeReport(host, "lần 1");
    host.workbook.sheets = host.workbook.sheets.filter((s) => s.name !== `${REPORT} (2)`);
    expect(await writeReport(host, "lần 2")).toBe(`${REPORT} (2)`);
    host.workbook.settings[OWN_SHEETS_KEY] = "{hỏng";
    expect(await writeReport(host, "lần 3")).toBe(`${REPORT} (3)`);
    expect(sheetByName(host.workbook, REPORT).cells[0]?.[0]?.value).toBe("Báo cáo của phòng, viết tay");
  });
});
