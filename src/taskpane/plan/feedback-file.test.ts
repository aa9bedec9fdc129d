import { Workbook } from "exceljs";
import { createFakeHost, rosterSheet, workbookFromGrid } from "../../../test/host";
import { SHEET_NAMES } from "../../core/sheets";
import { detectCapabilities } from "../../office";
import { excelRun } from "../shell/excel-run";
import { consolidateFiles, type ConsolidateSteps } from "./consolidate";
import { feedbackFile } from "./feedback-file";
import { planWorkbook } from "./workbook";

const steps: ConsolidateSteps = {
  reading: () => undefined,
  checking: async () => undefined,
  writing: () => undefined,
  describe: String,
};

function setup(apiVersion: string) {
  const host = createFakeHost(workbookFromGrid([{ name: "Trang 1", rows: [["Ghi chú"]] }]), { apiVersion });
  host.addFile("FILE-A", [rosterSheet("Danh sách", 6)]);
  host.addFile("FILE-B", [rosterSheet("Danh sách", 3)]);
  const plan = planWorkbook(detectCapabilities(host.Office.context.requirements), excelRun(host.Excel), host.Excel);
  return { host, plan };
}

describe("the feedback to a unit, from the pane", () => {
  it("opens as a new workbook holding the unit's sheets, and leaves the open workbook as it was", async () => {
    const { host, plan } = setup("1.13");
    const files = ["so-y-te.xlsx", "so-noi-vu.xlsx"].map((name, i) => ({
      name,
      read: () => plan.readFile(["FILE-A", "FILE-B"][i], name),
    }));
    const outcome = await consolidateFiles(plan, files, "vi", steps, await plan.readTargets());
    if (!outcome.ok) throw new Error(outcome.reason);
    const before = JSON.stringify(host.workbook);

    await plan.openWorkbook(await feedbackFile(outcome.consolidation, "so-noi-vu.xlsx", "vi", "Chỉ tiêu"));
    expect(JSON.stringify(host.workbook)).toBe(before);
    expect(host.openedWorkbooks).toHaveLength(1);
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(host.openedWorkbooks[0], "base64") as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      SHEET_NAMES.achievement,
      SHEET_NAMES.unitResult,
      SHEET_NAMES.consolidated,
      SHEET_NAMES.duplicates,
      SHEET_NAMES.findings,
    ]);
    // Only the unit's own three rows, under the consolidated roster's header.
    const roster = book.getWorksheet(SHEET_NAMES.consolidated);
    const sources: string[] = [];
    roster?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "so-noi-vu.xlsx" || cell.value === "so-y-te.xlsx") sources.push(cell.value);
      }),
    );
    expect(sources).toEqual(["so-noi-vu.xlsx", "so-noi-vu.xlsx", "so-noi-vu.xlsx"]);
  });

  it("is refused by an Excel that cannot open a new workbook (before ExcelApi 1.8)", async () => {
    const { host, plan } = setup("1.7");
    expect(plan.caps.createWorkbook).toBe(false);
    await expect(plan.openWorkbook("UEs=")).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(host.openedWorkbooks).toEqual([]);
  });
});
