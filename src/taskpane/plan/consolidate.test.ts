import { createFakeHost, rosterSheet, sheetByName, workbookFromGrid } from "../../../test/host";
import { ACHIEVEMENT_SHEET, CONSOLIDATED_SHEET, detectCapabilities, TARGETS_SHEET } from "../../office";
import { excelRun } from "../shell/excel-run";
import {
  achievementOf,
  consolidateFiles,
  type ConsolidateSteps,
  makeAchievement,
  type PickedFile,
  readTargetsFile,
} from "./consolidate";
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
    const outcome = await consolidateFiles(plan, files, "vi", steps(log), await plan.readTargets());

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
    const outcome = await consolidateFiles(plan, files, "vi", steps([]), await plan.readTargets());
    if (!outcome.ok) throw new Error(outcome.reason);
    const { consolidation } = outcome;
    const source = { people: consolidation.rows, distinct: consolidation.people, files: outcome.files };
    expect(await makeAchievement(plan, source, "vi", "(sổ tính này)", await plan.readTargets())).toEqual({
      ok: false,
      targets: { ok: false, problem: "no-sheet" },
    });

    await plan.createTargets("vi");
    const made = await makeAchievement(plan, source, "vi", "(sổ tính này)", await plan.readTargets());
    expect(made).toMatchObject({ ok: true, sheet: ACHIEVEMENT_SHEET, categories: 11, warnings: [] });
    // The figures come back for the pane's chart: one per category of the sheet.
    expect(made.ok && made.achievement).toHaveLength(11);
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
    expect(await makeAchievement(plan, null, "en", "(this workbook)", await plan.readTargets())).toMatchObject({
      ok: true,
      sheet: ACHIEVEMENT_SHEET,
    });
    expect(sheetByName(host.workbook, ACHIEVEMENT_SHEET).cells[1][0]?.value).toMatch(/From 1 file, 12 people$/);
  });

  it("writes nothing and says so when no file could be read, and refuses a report of nobody", async () => {
    const { host, plan, files } = setup();
    const broken = [files[2], { ...files[2], name: "hong-2.xlsx" }];
    const outcome = await consolidateFiles(plan, broken, "vi", steps([]), await plan.readTargets());
    expect(outcome).toMatchObject({ ok: false, reason: "none-read" });
    expect(outcome.consolidation.perFile.map((f) => [f.file, f.error !== null])).toEqual([
      ["hong.xlsx", true],
      ["hong-2.xlsx", true],
    ]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Trang 1"]);

    await plan.createTargets("vi");
    const empty = { people: [], distinct: 0, files: 0 };
    expect(await makeAchievement(plan, empty, "vi", "(sổ tính này)", await plan.readTargets())).toEqual({
      ok: false,
      nobody: true,
    });
    // A workbook with no roster of its own is no source either.
    expect(await makeAchievement(plan, null, "vi", "(sổ tính này)", await plan.readTargets())).toEqual({
      ok: false,
      nobody: true,
    });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Trang 1", TARGETS_SHEET]);
  });

  it("reads the targets from a file the user picks, and names that file in the report", async () => {
    const { host, plan, files } = setup();
    host.addFile("TARGETS", [
      {
        name: "Chỉ tiêu",
        rows: [
          ["CHỈ TIÊU GIAI ĐOẠN 2016 – 2020"],
          ["Danh mục", "Chỉ tiêu"],
          ["Thạc sĩ", 4],
          ["Cao cấp lý luận chính trị", 10],
        ],
      },
    ]);
    const read = await readTargetsFile({
      name: "chi-tieu.xlsx",
      read: (p) => plan.readFile("TARGETS", "chi-tieu.xlsx", p),
    });
    expect(read).toMatchObject({
      ok: true,
      targets: [
        { label: "Thạc sĩ", target: 4 },
        { label: "Cao cấp lý luận chính trị", target: 10 },
      ],
    });
    expect(read.ok && read.term).toEqual({ start: { y: 2016, m: 1, d: 1 }, end: { y: 2020, m: 12, d: 31 } });

    const outcome = await consolidateFiles(plan, files, "vi", steps([]), read);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.consolidation.achievement.map((c) => c.label)).toEqual(["Thạc sĩ", "Cao cấp lý luận chính trị"]);
    const source = { people: outcome.consolidation.rows, distinct: outcome.consolidation.people, files: outcome.files };
    const made = await makeAchievement(plan, source, "vi", "(sổ tính này)", read, "chi-tieu.xlsx");
    expect(made).toMatchObject({ ok: true, categories: 2 });
    // The chart, redrawn when the targets change, counts as the report does.
    if (!read.ok || !made.ok) throw new Error("no targets");
    expect(achievementOf(source, read.targets)).toEqual(made.achievement);
    expect(made.achievement).toEqual(outcome.consolidation.achievement);
    // No "Chỉ tiêu" sheet was needed, none was made, and the line under the title says where the targets came from.
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Trang 1", CONSOLIDATED_SHEET, ACHIEVEMENT_SHEET]);
    expect(sheetByName(host.workbook, ACHIEVEMENT_SHEET).cells[1][0]?.value).toMatch(/Chỉ tiêu theo chi-tieu\.xlsx$/);
  });

  it("says why a picked file holds no targets", async () => {
    const { host, plan } = setup();
    host.addFile("ROSTER", [rosterSheet("Danh sách", 3)]);
    const read = await readTargetsFile({
      name: "so-y-te.xlsx",
      read: (p) => plan.readFile("ROSTER", "so-y-te.xlsx", p),
    });
    expect(read).toEqual({ ok: false, problem: "no-header" });
  });

  it("refuses a targets file that lists categories but sets no target", async () => {
    const { host, plan } = setup();
    await plan.createTargets("vi");
    // The pane's own blank "Chỉ tiêu" sheet, saved as a file before any target was typed.
    host.addFile("BLANK", [
      {
        name: TARGETS_SHEET,
        rows: sheetByName(host.workbook, TARGETS_SHEET).cells.map((row) => row.map((c) => c?.value ?? null)),
      },
    ]);
    const read = await readTargetsFile({ name: "trong.xlsx", read: (p) => plan.readFile("BLANK", "trong.xlsx", p) });
    expect(read).toEqual({ ok: false, problem: "no-targets" });
    expect(await plan.readTargets()).toMatchObject({ ok: true });
  });
});
