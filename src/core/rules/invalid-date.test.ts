import {
  check,
  date,
  issuesOf,
  rotations,
  rotationSheet,
  trainees,
  trainingSheet,
} from "../../../test/support/core/grid";

function invalidDates(changes: Parameters<typeof trainees>[0]) {
  return check(trainingSheet(trainees(changes))).issues.filter((issue) => issue.rule === "invalid-date");
}

describe("invalid-date", () => {
  it.each([
    ["a day that does not exist", "31/02/1986"],
    ["month 13", "12/13/1990"],
    ["a year before 1900", "15/05/1885"],
  ])("points at %s in the birth column", (_what, text) => {
    expect(invalidDates({ 1: { birthDate: text } }).map((issue) => [issue.cell, issue.value])).toEqual([["C6", text]]);
  });

  it("points at a birth date after today (in the message too)", () => {
    const [issue] = invalidDates({ 0: { birthDate: date("01/01/2030") } });
    expect(issue.cell).toBe("C5");
    expect(issue.message).toContain("01/01/2030");
  });

  it("points at a birth cell that holds no date at all", () => {
    expect(invalidDates({ 2: { birthDate: "không rõ" } }).map((issue) => issue.cell)).toEqual(["C7"]);
  });

  it("checks the other date columns for impossible days", () => {
    expect(
      invalidDates({ 0: { trainingEnd: "31/04/2025" }, 3: { decisionDate: "30/02/2024" } }).map((issue) => issue.cell),
    ).toEqual(["K5", "M8"]);
  });

  it("checks both columns of the Nam/Nữ pair", () => {
    const report = check(rotationSheet(rotations({ 1: { female: "29/02/1987" } })));
    expect(issuesOf(report, "invalid-date")).toEqual([{ cell: "D6" }]);
  });

  it("stays quiet on real dates, text dates, birth years and month-and-year training periods", () => {
    expect(invalidDates({})).toEqual([]);
    expect(
      invalidDates({
        0: { birthDate: "12/03/1985" },
        1: { birthDate: "1990" },
        2: { trainingStart: "4/2024", trainingEnd: "6/2024" },
      }),
    ).toEqual([]);
    expect(invalidDates({ 3: { birthDate: date("01/10/2025") } })).toEqual([]);
  });
});
