import {
  check,
  CLEAN_TRAINEES,
  date,
  issuesOf,
  rotations,
  rotationSheet,
  trainees,
  trainingSheet,
} from "../../../test/support/core/grid";

describe("required", () => {
  it("points at a missing name and a missing birth date", () => {
    const report = check(trainingSheet(trainees({ 0: { fullName: null }, 2: { birthDate: "  " } })));
    expect(issuesOf(report, "required")).toEqual([{ cell: "B5" }, { cell: "C7" }]);
  });

  it("takes either column of the Nam/Nữ pair as the birth date, and points at the first when both are empty", () => {
    const report = check(rotationSheet(rotations({ 0: { male: null }, 1: { female: null, male: null } })));
    expect(issuesOf(report, "required")).toEqual([{ cell: "C5" }, { cell: "C6" }]);
  });

  it("stays quiet on complete rows, year-only births and STT-only rows", () => {
    expect(issuesOf(check(trainingSheet([...CLEAN_TRAINEES, {}])), "required")).toEqual([]);
    expect(issuesOf(check(rotationSheet(rotations({ 0: { male: date("02/02/1984") } }))), "required")).toEqual([]);
  });
});
