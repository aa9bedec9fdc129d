import { check, date, issuesOf, rotations, rotationSheet } from "../../../test/support/core/grid";

describe("gender-conflict", () => {
  it("points at the Nữ cell when both birth-date columns are filled, with the Nam cell as related", () => {
    const report = check(rotationSheet(rotations({ 0: { female: date("02/02/1984") } })));
    expect(issuesOf(report, "gender-conflict")).toEqual([{ cell: "D5", related: "C5" }]);
  });

  it("points at a gender cell that contradicts the column holding the date", () => {
    const report = check(rotationSheet(rotations({ 0: { gender: "Nữ" }, 1: { gender: "Nam" } })));
    expect(issuesOf(report, "gender-conflict")).toEqual([
      { cell: "E5", related: "C5" },
      { cell: "E6", related: "D6" },
    ]);
  });

  it("stays quiet when the gender column agrees, is blank, or cannot be read", () => {
    expect(
      issuesOf(check(rotationSheet(rotations({ 0: { gender: "Nam" }, 1: { gender: "nữ" } }))), "gender-conflict"),
    ).toEqual([]);
    expect(issuesOf(check(rotationSheet()), "gender-conflict")).toEqual([]);
    expect(issuesOf(check(rotationSheet(rotations({ 0: { gender: "?" } }))), "gender-conflict")).toEqual([]);
  });
});
