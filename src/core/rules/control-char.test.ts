import { planRepairs } from "../repair";
import { repairLogSheet } from "../sheets";
import { check, issuesOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("control-char", () => {
  it("points at control characters, naming them by code, with the text without them as the fix", () => {
    const report = check(
      trainingSheet(
        trainees({
          0: { fullName: "Nguyễn Văn\u001B[31m An" },
          1: { unit: "Sở \u0007Nội vụ \u0000" },
        }),
      ),
    );
    expect(issuesOf(report, "control-char")).toEqual([
      { cell: "B5", fix: "Nguyễn Văn[31m An" },
      { cell: "G6", fix: "Sở Nội vụ" },
    ]);
    const issue = report.issues.find((i) => i.rule === "control-char" && i.cell === "G6");
    expect(issue).toMatchObject({ severity: "warning", params: { chars: "\\u0007 \\u0000" } });
    expect(issue?.message).toContain("\\u0007 \\u0000");
  });

  it("stays quiet on tabs and line breaks, which are spacing, and on clean text", () => {
    const sheet = trainingSheet(trainees({ 0: { notes: "Học tập trung\nđã tốt nghiệp" }, 1: { notes: "A\tB" } }));
    expect(issuesOf(check(sheet), "control-char")).toEqual([]);
    expect(issuesOf(check(trainingSheet()), "control-char")).toEqual([]);
  });

  it("is repaired only as a listed repair, whose log shows what was removed", () => {
    const sheet = trainingSheet(trainees({ 1: { fullName: "Hoàng \u001BThị Bích" } }));
    const repairs = planRepairs(check(sheet), sheet);
    expect(repairs).toMatchObject([{ cell: "B6", before: "Hoàng \u001BThị Bích", after: "Hoàng Thị Bích" }]);
    expect(repairs[0].rules).toContain("control-char");
    const log = repairLogSheet([{ sheet: "DS", repair: repairs[0] }], "en");
    expect(log.rows[1]?.[2]).toMatchObject({ value: "Hoàng \\u001BThị Bích" });
  });
});
