import { check, date, issuesOf, trainees, trainingSheet, type TrainingPerson } from "../../../test/support/core/grid";

function ageLimit(change: TrainingPerson, settings = {}) {
  return issuesOf(check(trainingSheet(trainees({ 0: change })), { settings }), "age-limit");
}

describe("age-limit", () => {
  it("points at the birth date of someone over 40 at a decision before 01/07/2025", () => {
    expect(ageLimit({ birthDate: date("14/08/1982") })).toEqual([{ cell: "C5" }]);
    const report = check(trainingSheet(trainees({ 0: { birthDate: date("14/08/1982") } })));
    expect(report.issues.find((issue) => issue.rule === "age-limit")?.message).toMatch(/41.*15\/08\/2023.*40/);
  });

  it("allows someone exactly at the limit", () => {
    expect(ageLimit({ birthDate: date("15/08/1983") })).toEqual([]);
  });

  it("applies 45 from 01/07/2025 and 40 the day before", () => {
    const older = { birthDate: date("01/07/1982"), trainingStart: date("01/09/2025"), trainingEnd: date("01/09/2027") };
    expect(ageLimit({ ...older, decisionDate: date("01/07/2025") })).toEqual([]);
    expect(ageLimit({ ...older, decisionDate: date("30/06/2025") })).toEqual([{ cell: "C5" }]);
  });

  it("uses the training start when the decision date is missing", () => {
    expect(ageLimit({ birthDate: date("01/01/1982"), decisionDate: null })).toEqual([{ cell: "C5" }]);
  });

  it("follows the age settings", () => {
    expect(ageLimit({ birthDate: date("14/08/1982") }, { postgradMaxAge: 42 })).toEqual([]);
  });

  it("stays quiet for programmes that are not postgraduate and on a clean roster", () => {
    expect(ageLimit({ birthDate: date("14/08/1970"), programme: "Cao cấp lý luận chính trị" })).toEqual([]);
    expect(issuesOf(check(trainingSheet()), "age-limit")).toEqual([]);
  });
});
