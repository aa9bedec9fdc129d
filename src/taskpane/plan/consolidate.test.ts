import { createFakeHost, rosterSheet, sheetByName, workbookFromGrid } from "../../../test/host";
import { ACHIEVEMENT_SHEET, CONSOLIDATED_SHEET, detectCapabilities, TARGETS_SHEET } from "../../office";
import { excelRun } from "../shell/excel-run";
import { consolidateFiles, type ConsolidateSteps, makeAchievement, type PickedFile } from "./consolidate";
import { planWorkbook } from "./workbook";

function setup() {
  const host = createFakeHost(workbookFromGrid([{ name: "Trang 1", rows: [["Ghi chú"]] }]), { apiVersion: "1.13" });
  host.addFile("FILE-A", [rosterSheet("Danh sách", 6)]);
  host.addFile("FILE-B", [rosterSheet("Danh sách", 3), { name: "Ghi chú", rows: [["Gửi kèm công văn"]] }]);
  const plan = planWorkbook(detectCapabilities(host.Office.context.requirements), excelRun(host.Excel));
  const file = (name: string, base64: string): PickedFile => ({
    name,
    read: (onProgress) => plan.readFile(base64, name, onProgress),
  });
  return {
    host,
    plan,
    files: [file("so-y-te.xlsx", "FILE-A"), file("so-noi-vu.xlsx", "FILE-B"), file("hong.xlsx", "not a workbook")],
  };
}

const steps = (log: string[]): ConsolidateSteps => ({
  reading: (n, total, file) => log.push(`${n}/${total} ${file}`),
  checking: async () => undefined,
  writing: (done, total) => log.push(`write ${done}/${total}`),
  describe: (error) => (error instanceof Error ? error.message : String(error)),
});

describe("consolidating picked files", () => {
  it("merges the readable files, reports the unreadable one, finds the people on both rosters and leaves no inserted sheet", async () => {
    const { host, plan, files } = setup();
    const log: string[] = [];
    const outcome = await consolidateFiles(plan, files, "vi", steps(log));

    const { perFile, crossFileDuplicates, rows } = outcome.consolidation;
    expect(perFile.map((f) => [f.file, f.error === null])).toEqual([
      ["so-y-te.xlsx", true],
      ["so-noi-vu.xlsx", true],
      ["hong.xlsx", false],
    ]);
    expect(outcome.ok && outcome.files).toBe(2);
    expect(rows).toHaveLength(9);
    expect(crossFileDuplicates).toHaveLength(3);
    crossFileDuplicates.forEach((d) => expect(d.places.map((p) => p.file)).toEqual(["so-y-te.xlsx", "so-noi-vu.xlsx"]));
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Trang 1", CONSOLIDATED_SHEET]);
    expect(log).toContain("3/3 hong.xlsx");
    expect(log[log.length - 1]).toBe("write 9/9");
  });

  it("makes the results report against the targets sheet, and asks for one when there is none", async () => {
    const { host, plan, files } = setup();
    const outcome = await consolidateFiles(plan, files, "vi", steps([]));
    if (!outcome.ok) throw new Error(outcome.reason);
    const { consolidation } = outcome;
    const source = { people: consolidation.rows, distinct: consolidation.people, files: outcome.files };
    expect(await makeAchievement(plan, source, "vi", "(sổ tính này)")).toEqual({
      ok: false,
      targets: { ok: false, problem: "no-sheet" },
    });

    await plan.createTargets("vi");
    const made = await makeAchievement(plan, source, "vi", "(sổ tính này)");
    expect(made).toEqual({ ok: true, sheet: ACHIEVEMENT_SHEET, categories: 11, warnings: [] });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([
      "Trang 1",
      CONSOLIDATED_SHEET,
      TARGETS_SHEET,
      ACHIEVEMENT_SHEET,
    ]);
    // The line under the title names the files and the people the figures come from.
    expect(sheetByName(host.workbook, ACHIEVEMENT_SHEET).cells[1][0]?.value).toMatch(/Số liệu từ 2 tệp, 6 người$/);
  });

  it("reports over this workbook's own rosters when nothing was consolidated", async () => {
    const host = createFakeHost(workbookFromGrid([rosterSheet("Danh sách", 12)]), { apiVersion: "1.13" });
    const plan = planWorkbook(detectCapabilities(host.Office.context.requirements), excelRun(host.Excel));
    await plan.createTargets("en");
    expect(await makeAchievement(plan, null, "en", "(this workbook)")).toMatchObject({
      ok: true,
      sheet: ACHIEVEMENT_SHEET,
    });
    expect(sheetByName(host.workbook, ACHIEVEMENT_SHEET).cells[1][0]?.value).toMatch(/From 1 file, 12 people$/);
  });

  it("writes nothing and says so when no file could be read, and refuses a report of nobody", async () => {
    const { host, plan, files } = setup();
    const broken = [files[2], { ...files[2], name: "hong-2.xlsx" }];
    const outcome = await consolidateFiles(plan, broken, "vi", steps([]));
    expect(outcome).toMatchObject({ ok: false, reason: "none-read" });
    expect(outcome.consolidation.perFile.map((f) => [f.file, f.error !== null])).toEqual([
      ["hong.xlsx", true],
      ["hong-2.xlsx", true],
    ]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Trang 1"]);

    await plan.createTargets("vi");
    const empty = { people: [], distinct: 0, files: 0 };
    expect(await makeAchievement(plan, empty, "vi", "(sổ tính này)")).toEqual({ ok: false, nobody: true });
    // A workbook with no roster of its own is no source either.
    expect(await makeAchievement(plan, null, "vi", "(sổ tính này)")).toEqual({ ok: false, nobody: true });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Trang 1", TARGETS_SHEET]);
  });
});
