import { check, date, issuesOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("decision-after-start", () => {
  it("points at a start before the decision, with the decision as related", () => {
    const sheet = trainingSheet(
      trainees({ 0: { trainingStart: date("01/08/2024"), decisionDate: date("20/08/2024") } }),
    );
    const report = check(sheet);
    expect(issuesOf(report, "decision-after-start")).toEqual([{ cell: "J5", related: "M5" }]);
    expect(report.issues.find((i) => i.rule === "decision-after-start")?.message).toContain("01/08/2024");
  });

  it("stays quiet on a start on or after the decision, and compares a month at the month", () => {
    expect(issuesOf(check(trainingSheet()), "decision-after-start")).toEqual([]);
    const sameMonth = trainingSheet(trainees({ 0: { trainingStart: "08/2024", decisionDate: date("20/08/2024") } }));
    expect(issuesOf(check(sameMonth), "decision-after-start")).toEqual([]);
  });
});
