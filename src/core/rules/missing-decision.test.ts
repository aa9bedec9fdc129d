import {
  check,
  issuesOf,
  rotations,
  rotationSheet,
  sheetFrom,
  trainees,
  trainingSheet,
} from "../../../test/support/core/grid";

describe("missing-decision", () => {
  it("points at the decision-number cell of a training row with neither number nor date", () => {
    const report = check(trainingSheet(trainees({ 1: { decisionNumber: null, decisionDate: null } })));
    expect(issuesOf(report, "missing-decision")).toEqual([{ cell: "L6" }]);
  });

  it("points at the name when the training roster has no decision column", () => {
    const sheet = sheetFrom([
      ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo"],
      [1, "Nguyễn Văn An", "12/03/1985", "Thạc sĩ"],
    ]);
    expect(issuesOf(check(sheet), "missing-decision")).toEqual([{ cell: "B2" }]);
  });

  it("stays quiet when either the number or the date is given, and on rosters that are not for training", () => {
    const report = check(trainingSheet(trainees({ 0: { decisionNumber: null }, 1: { decisionDate: null } })));
    expect(issuesOf(report, "missing-decision")).toEqual([]);
    expect(issuesOf(check(rotationSheet(rotations({ 0: { decisionNumber: null } }))), "missing-decision")).toEqual([]);
  });
});
