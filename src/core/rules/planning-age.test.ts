import { check, date, issuesOf, sheetFrom } from "../../../test/support/core/grid";

const list = (title: string) =>
  sheetFrom([
    [title],
    ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức danh quy hoạch"],
    [1, "Nông Văn Thành", date("12/03/1965"), "Nam", "Giám đốc Sở"],
    [2, "Lục Văn Khánh", date("12/03/1968"), "Nam", "Giám đốc Sở"],
    [3, "Hoàng Thị Lan", date("05/11/1985"), "Nữ", "Phó Giám đốc Sở"],
    [4, "Bế Văn Hùng", date("03/11/1964"), null, "Giám đốc Sở"],
  ]);

describe("planning-age", () => {
  it("points at the birth date of someone who retires before the term named in the list's title ends", () => {
    const report = check(list("DANH SÁCH QUY HOẠCH CHỨC DANH LÃNH ĐẠO GIAI ĐOẠN 2025 – 2030"));
    // A man born 12/03/1965 retires within two years of 01/01/2025; one born 12/03/1968 retires on 31/03/2030,
    // 5.2 years on, enough for the five-year term. The man whose gender the row does not give is not judged.
    const found = issuesOf(report, "planning-age");
    expect(found).toEqual([{ cell: "C3" }]);
    expect(report.issues.find((i) => i.rule === "planning-age")?.params).toMatchObject({ term: "2025–2030" });
  });

  it("asks two terms of someone marked as planned for the first time, and of everyone on a first-time list", () => {
    const marked = sheetFrom([
      ["DANH SÁCH QUY HOẠCH CHỨC DANH LÃNH ĐẠO GIAI ĐOẠN 2025 – 2030"],
      ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức danh quy hoạch", "Quy hoạch lần đầu"],
      [1, "Lục Văn Khánh", date("12/03/1968"), "Nam", "Giám đốc Sở", "x"],
      [2, "Ma Văn Tuấn", date("12/03/1968"), "Nam", "Giám đốc Sở", "Tái quy hoạch"],
      [3, "Hoàng Thị Lan", date("05/11/1985"), "Nữ", "Phó Giám đốc Sở", "x"],
    ]);
    // 5.2 years left on 01/01/2025: one term, not two. Born 1985, she has two terms and more.
    const report = check(marked);
    expect(issuesOf(report, "planning-age")).toEqual([{ cell: "C3" }]);
    expect(report.issues.find((i) => i.rule === "planning-age")?.message).toContain("không đủ hai nhiệm kỳ");
    expect(
      issuesOf(check(list("DANH SÁCH QUY HOẠCH LẦN ĐẦU GIAI ĐOẠN 2025 – 2030")), "planning-age").map((i) => i.cell),
    ).toEqual(["C3", "C4"]);
  });

  it("checks nothing on a list that names no term, and skips a row whose gender is unknown", () => {
    expect(issuesOf(check(list("DANH SÁCH QUY HOẠCH CHỨC DANH LÃNH ĐẠO")), "planning-age")).toEqual([]);
  });
});
