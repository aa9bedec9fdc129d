import { check, issuesOf, sheetFrom, trainingSheet } from "../../../test/support/core/grid";

describe("orphan-value", () => {
  it("points at a value in a data row under no header", () => {
    const sheet = sheetFrom([
      ["STT", "Họ và tên", "Ngày sinh", "Dân tộc"],
      [1, "Nguyễn Văn An", "12/03/1985", "Tày", null, "đã nghỉ"],
      [2, "Hoàng Thị Bích", "05/11/1990", "Nùng"],
    ]);
    const report = check(sheet);
    expect(issuesOf(report, "orphan-value")).toEqual([{ cell: "F2" }]);
    expect(report.issues.find((issue) => issue.rule === "orphan-value")?.value).toBe("đã nghỉ");
  });

  it("stays quiet on the title and the signature block around the data", () => {
    expect(issuesOf(check(trainingSheet()), "orphan-value")).toEqual([]);
  });

  it("only looks inside the Excel table when the roster lives in one", () => {
    const sheet = sheetFrom(
      [
        ["Họ và tên", "Ngày sinh", "Dân tộc", null, "Ghi nhớ"],
        ["Nguyễn Văn An", "12/03/1985", "Tày", null, "gửi trước 15/10"],
      ],
      { tables: [{ name: "DanhSach", top: 0, left: 0, bottom: 1, right: 2, hasHeader: true }] },
    );
    expect(issuesOf(check(sheet), "orphan-value")).toEqual([]);
  });
});
