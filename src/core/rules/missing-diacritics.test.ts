import { check, issuesOf, trainees, trainingSheet } from "./test-grid";

describe("missing-diacritics", () => {
  it("points at a full name typed without diacritics", () => {
    const report = check(trainingSheet(trainees({ 1: { fullName: "Hoang Thi Bich" }, 3: { fullName: "NONG THI DUNG" } })));
    expect(issuesOf(report, "missing-diacritics")).toEqual([{ cell: "B6" }, { cell: "B8" }]);
  });

  it("stays quiet on other columns, on foreign names and on names with diacritics", () => {
    const report = check(trainingSheet(trainees({ 0: { notes: "Nguyen Van Hung" }, 1: { fullName: "John Smith" } })));
    expect(issuesOf(report, "missing-diacritics")).toEqual([]);
    expect(issuesOf(check(trainingSheet()), "missing-diacritics")).toEqual([]);
  });
});
