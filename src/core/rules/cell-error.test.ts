import { check, issuesOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("cell-error", () => {
  it("points at a cell holding an Excel error, giving the error as the value", () => {
    const report = check(
      trainingSheet(trainees({ 1: { unit: { error: "#REF!" } }, 3: { birthDate: { error: "#N/A" } } })),
    );
    expect(issuesOf(report, "cell-error")).toEqual([{ cell: "G6" }, { cell: "C8" }]);
    expect(report.issues.map((issue) => [issue.rule, issue.value])).toEqual([
      ["cell-error", "#REF!"],
      ["cell-error", "#N/A"],
    ]);
  });

  it("stays quiet on a clean roster", () => {
    expect(issuesOf(check(trainingSheet()), "cell-error")).toEqual([]);
  });
});
