import { check, issuesOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("whitespace", () => {
  it("points at leading, trailing and doubled spaces with the tidy text as the fix", () => {
    const report = check(
      trainingSheet(
        trainees({
          0: { fullName: "  Nguyễn Văn An " },
          1: { unit: "UBND huyện  Hòa An" },
          2: { notes: "Học\u00A0tập trung" },
        }),
      ),
    );
    expect(issuesOf(report, "whitespace")).toEqual([
      { cell: "B5", fix: "Nguyễn Văn An" },
      { cell: "G6", fix: "UBND huyện Hòa An" },
      { cell: "N7", fix: "Học tập trung" },
    ]);
    expect(report.issues.every((issue) => issue.severity === "info")).toBe(true);
  });

  it("fixes spacing and encoding at once, so applying the fix last leaves the cell right", () => {
    const report = check(trainingSheet(trainees({ 1: { unit: " Së Néi vô" } })));
    expect(issuesOf(report, "whitespace")).toEqual([{ cell: "G6", fix: "Sở Nội vụ" }]);
  });

  it("stays quiet on clean text and line breaks inside a cell", () => {
    expect(
      issuesOf(check(trainingSheet(trainees({ 0: { notes: "Học tập trung\nđã tốt nghiệp" } }))), "whitespace"),
    ).toEqual([]);
  });
});
