import { check, issuesOf, serialOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("text-date", () => {
  it("points at a text date among real ones, with its serial as the fix", () => {
    const report = check(trainingSheet(trainees({ 1: { birthDate: "05/11/1990" }, 2: { decisionDate: "1/4/2024" } })));
    expect(issuesOf(report, "text-date")).toEqual([
      { cell: "C6", fix: serialOf("05/11/1990") },
      { cell: "M7", fix: serialOf("01/04/2024") },
    ]);
    expect(report.issues.find((issue) => issue.rule === "text-date")?.severity).toBe("info");
  });

  it("stays quiet when text dates are the column's norm, on birth years, and on clean data", () => {
    const allText = trainees({
      0: { birthDate: "12/03/1985" },
      1: { birthDate: "05/11/1990" },
      2: { birthDate: "20/07/1988" },
    });
    expect(issuesOf(check(trainingSheet(allText)), "text-date")).toEqual([]);
    expect(issuesOf(check(trainingSheet(trainees({ 1: { birthDate: "1990" } }))), "text-date")).toEqual([]);
    expect(issuesOf(check(trainingSheet()), "text-date")).toEqual([]);
  });

  it("leaves an impossible birth date to invalid-date", () => {
    const report = check(trainingSheet(trainees({ 1: { birthDate: "05/11/2031" } })));
    expect(issuesOf(report, "text-date")).toEqual([]);
    expect(issuesOf(report, "invalid-date")).toEqual([{ cell: "C6" }]);
  });
});
