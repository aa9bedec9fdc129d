import { check, issuesOf, trainees, trainingSheet } from "./test-grid";

describe("cell-error", () => {
  it("points at a cell holding an Excel error, giving the error as the value", () => {
    const report = check(trainingSheet(trainees({ 1: { unit: { error: "#REF!" } }, 3: { birthDate: { error: "#N/A" } } })));
    expect(issuesOf(report, "cell-error")).toEqual([{ cell: "G6" }, { cell: "C8" }]);
    expect(report.issues.filter((issue) => issue.rule === "cell-error").map((issue) => issue.value)).toEqual(["#REF!", "#N/A"]);
  });

  it("stays quiet on a clean roster", () => {
    expect(issuesOf(check(trainingSheet()), "cell-error")).toEqual([]);
  });
});
