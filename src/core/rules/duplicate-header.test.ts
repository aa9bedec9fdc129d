import { check, issuesOf, sheetFrom, trainingSheet } from "../../../test/support/core/grid";

describe("duplicate-header", () => {
  it("points at the second column claiming a field, with the first as related", () => {
    const sheet = sheetFrom([
      ["STT", "Họ và tên", "Ngày sinh", "Dân tộc", "Họ tên"],
      [1, "Nguyễn Văn An", "12/03/1985", "Tày", "Nguyễn Văn An"],
    ]);
    expect(issuesOf(check(sheet), "duplicate-header")).toEqual([{ cell: "E1", related: "B1" }]);
  });

  it("stays quiet when every field has one column", () => {
    expect(issuesOf(check(trainingSheet()), "duplicate-header")).toEqual([]);
  });
});
