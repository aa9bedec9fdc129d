import { check, CLEAN_TRAINEES, date, issuesOf, trainingSheet } from "../../../test/support/core/grid";

describe("duplicate-person", () => {
  const [an, bich] = CLEAN_TRAINEES;

  it("points at the later row of the same name and birth date, naming the earlier row", () => {
    const report = check(trainingSheet([an, bich, { ...an, fullName: "NGUYỄN  VĂN AN".normalize("NFD") }]));
    expect(issuesOf(report, "duplicate-person")).toEqual([{ cell: "B7", related: "B5" }]);
    expect(report.issues.find((issue) => issue.rule === "duplicate-person")?.message).toContain("5");
  });

  it("folds tone placement and y/i as VN_KEY does", () => {
    const hoa = { ...an, fullName: "Lê Thị Hoà", birthDate: date("01/01/1990") };
    const report = check(
      trainingSheet([hoa, bich, { ...hoa, fullName: "Lê Thị Hòa" }, { ...hoa, fullName: "Lê Thị Hoa" }]),
    );
    expect(issuesOf(report, "duplicate-person")).toEqual([{ cell: "B7", related: "B5" }]);
  });

  it("reports every later copy against the first", () => {
    const report = check(trainingSheet([an, an, bich, an]));
    expect(issuesOf(report, "duplicate-person")).toEqual([
      { cell: "B6", related: "B5" },
      { cell: "B8", related: "B5" },
    ]);
  });

  it("stays quiet on namesakes born on other days and on a clean roster", () => {
    expect(issuesOf(check(trainingSheet([an, { ...an, birthDate: date("13/03/1985") }])), "duplicate-person")).toEqual(
      [],
    );
    expect(issuesOf(check(trainingSheet()), "duplicate-person")).toEqual([]);
  });
});
