import { check, CLEAN_TRAINEES, issuesOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("missing-diacritics", () => {
  it("points at a name that cannot be right without diacritics", () => {
    const report = check(
      trainingSheet(trainees({ 2: { fullName: "NGUYEN VAN PAO" }, 3: { fullName: "Nong Thi Phuong" } })),
    );
    expect(issuesOf(report, "missing-diacritics")).toEqual([{ cell: "B7" }, { cell: "B8" }]);
  });

  it("points at a plain name whose every word exists without marks, but not as names are written", () => {
    const report = check(trainingSheet(trainees({ 1: { fullName: "Nong Van Hung" }, 2: { fullName: "La Thu Lan" } })));
    expect(issuesOf(report, "missing-diacritics")).toEqual([{ cell: "B6" }]);
  });

  it("points at every plain name of a roster typed without diacritics", () => {
    const plain = ["Nguyen Van An", "Hoang Thi Bich", "Chu Thanh Hoa", "La Thu Lan"];
    const report = check(trainingSheet(CLEAN_TRAINEES.map((person, i) => ({ ...person, fullName: plain[i] }))));
    expect(issuesOf(report, "missing-diacritics")).toEqual([
      { cell: "B5" },
      { cell: "B6" },
      { cell: "B7" },
      { cell: "B8" },
    ]);
  });

  it("stays quiet on names right without diacritics, other columns, foreign names and marked names", () => {
    const report = check(
      trainingSheet(
        trainees({ 0: { notes: "Nguyen Van Hung" }, 1: { fullName: "John Smith" }, 2: { fullName: "Chu Thanh Hoa" } }),
      ),
    );
    expect(issuesOf(report, "missing-diacritics")).toEqual([]);
    expect(issuesOf(check(trainingSheet()), "missing-diacritics")).toEqual([]);
  });
});
