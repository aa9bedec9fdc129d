import { check, issuesOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("formula-text", () => {
  it.each(["=SUM(A1:A3)", "+84 912 345 678", "@Sở Nội vụ", "-Học tập trung", "-(đã nghỉ)"])("points at %j", (text) => {
    expect(issuesOf(check(trainingSheet(trainees({ 1: { notes: text } }))), "formula-text")).toEqual([{ cell: "N6" }]);
  });

  it.each(["-", "-5", "- Học tập trung", "Học tập trung", "Tổng = 3"])("stays quiet on %j", (text) => {
    expect(issuesOf(check(trainingSheet(trainees({ 1: { notes: text } }))), "formula-text")).toEqual([]);
  });
});
