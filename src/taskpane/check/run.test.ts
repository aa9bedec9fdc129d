import { createFakeHost, rosterSheet, snapshot, workbookFromGrid } from "../../../test/host";
import { detectCapabilities, ReadCancelled } from "../../office";
import { runCheck } from "./run";
import { excelRun } from "../shell/excel-run";
import { checkWorkbook } from "./workbook";

function setup(options: { people?: number; settings?: Record<string, unknown>; active?: string } = {}) {
  const workbook = workbookFromGrid(
    [
      rosterSheet("Danh sách", options.people ?? 30),
      { name: "Ghi chú", rows: [["Gửi trước 15/12"]] },
      { name: "Trống", rows: [] },
    ],
    { settings: options.settings, active: options.active },
  );
  const host = createFakeHost(workbook);
  return { host, pane: checkWorkbook(detectCapabilities(host.Office.context.requirements), excelRun(host.Excel)) };
}

describe("runCheck", () => {
  it("checks the sheet that is open, reading only: the workbook is left exactly as it was", async () => {
    const { host, pane } = setup();
    const before = snapshot(host.workbook);
    const outcome = await runCheck(pane, { target: null, lang: "vi" });
    expect(outcome.report).toMatchObject({ sheet: "Danh sách", roster: true, dataRows: 30 });
    expect(outcome.empty).toBe(false);
    expect(host.workbook).toEqual(before);
  });

  it("applies the thresholds kept in the workbook's settings", async () => {
    const lenient = setup({ settings: { "cadre.settings": JSON.stringify({ postgradMaxAge: 60 }) } });
    const strict = setup();
    const ageIssues = async (s: ReturnType<typeof setup>) =>
      (await runCheck(s.pane, { target: null, lang: "vi" })).report.issues.filter((i) => i.rule === "age-limit");
    expect(await ageIssues(strict)).not.toHaveLength(0);
    expect(await ageIssues(lenient)).toHaveLength(0);
  });

  it("reports progress while reading and says when the cells are in, before the engine runs", async () => {
    const { pane } = setup({ people: 3000 });
    const steps: string[] = [];
    await runCheck(pane, {
      target: { sheet: "Danh sách" },
      lang: "en",
      onProgress: (done, total) => steps.push(`${done}/${total}`),
      beforeValidate: async (rows) => void steps.push(`validate ${rows}`),
    });
    expect(steps.length).toBeGreaterThan(2);
    expect(steps[steps.length - 2]).toBe("3004/3004");
    expect(steps[steps.length - 1]).toBe("validate 3004");
  });

  it("stops when cancelled, even if the last block was already on its way", async () => {
    const { pane } = setup({ people: 3000 });
    const signal = { cancelled: false };
    const run = runCheck(pane, {
      target: { sheet: "Danh sách" },
      lang: "vi",
      signal,
      onProgress: () => (signal.cancelled = true),
    });
    await expect(run).rejects.toBeInstanceOf(ReadCancelled);
  });

  it("tells an empty sheet from one that is not a roster", async () => {
    const { pane } = setup();
    const notes = await runCheck(pane, { target: { sheet: "Ghi chú" }, lang: "vi" });
    expect(notes).toMatchObject({ empty: false, report: { roster: false, issues: [] } });
    const blank = await runCheck(pane, { target: { sheet: "Trống" }, lang: "vi" });
    expect(blank).toMatchObject({ empty: true, report: { roster: false } });
  });
});
