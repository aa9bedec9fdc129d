import { check, date, issuesOf, rotations, rotationSheet } from "../../../test/support/core/grid";

describe("retirement-horizon", () => {
  it("points at the birth date of a man or woman with under 10 working years left at the rotation date", () => {
    const report = check(
      rotationSheet(rotations({ 0: { male: date("02/02/1968") }, 1: { female: date("15/06/1972") } })),
    );
    expect(issuesOf(report, "retirement-horizon")).toEqual([{ cell: "C5" }, { cell: "D6" }]);
    expect(report.issues.find((issue) => issue.rule === "retirement-horizon")?.message).toContain("28/02/2030");
  });

  it("takes the gender column when the birth date is in a single column", () => {
    const report = check(rotationSheet(rotations({ 0: { gender: "Nữ", male: null, female: date("02/02/1970") } })));
    expect(issuesOf(report, "retirement-horizon")).toEqual([{ cell: "D5" }]);
  });

  it("follows the rotationMinYears setting", () => {
    const report = check(rotationSheet(rotations({ 0: { male: date("02/02/1968") } })), {
      settings: { rotationMinYears: 4 },
    });
    expect(issuesOf(report, "retirement-horizon")).toEqual([]);
  });

  it("stays quiet for people with ten years or more left", () => {
    expect(issuesOf(check(rotationSheet()), "retirement-horizon")).toEqual([]);
  });
});
