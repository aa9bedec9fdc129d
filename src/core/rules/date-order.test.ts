import { check, date, issuesOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("date-order", () => {
  it("points at an end date before the start, with the start as related", () => {
    const report = check(trainingSheet(trainees({ 0: { trainingEnd: date("30/06/2022") } })));
    expect(issuesOf(report, "date-order")).toEqual([{ cell: "K5", related: "J5" }]);
    expect(report.issues[0].message).toContain("30/06/2022");
  });

  it("compares by year when either date is a year alone", () => {
    expect(issuesOf(check(trainingSheet(trainees({ 0: { trainingEnd: 2023 } }))), "date-order")).toEqual([]);
    expect(issuesOf(check(trainingSheet(trainees({ 0: { trainingEnd: 2022 } }))), "date-order")).toEqual([
      { cell: "K5", related: "J5" },
    ]);
  });

  it("stays quiet on training that ends after, or on, its start", () => {
    expect(issuesOf(check(trainingSheet(trainees({ 1: { trainingEnd: date("01/03/2024") } }))), "date-order")).toEqual(
      [],
    );
    expect(issuesOf(check(trainingSheet()), "date-order")).toEqual([]);
  });
});
