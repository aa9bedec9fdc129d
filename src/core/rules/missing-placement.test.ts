import { check, date, issuesOf, sheetFrom } from "../../../test/support/core/grid";

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Đơn vị đến",
  "Ngày luân chuyển",
  "Ngày kết thúc luân chuyển",
  "Chức vụ sau luân chuyển",
];
const row = (n: number, end: string, after: string | null) => [
  n,
  `Người ${n}`,
  date("01/01/1985"),
  "Nam",
  "UBND huyện Hòa An",
  date("01/03/2022"),
  date(end),
  after,
];

describe("missing-placement", () => {
  it("points at the empty position after a rotation that has ended, with its end as related", () => {
    // The report's day in these tests is 01/10/2025.
    const report = check(
      sheetFrom([
        HEADER,
        row(1, "01/03/2025", "Phó Giám đốc Sở"),
        row(2, "01/03/2025", null),
        row(3, "01/03/2027", null),
      ]),
    );
    expect(issuesOf(report, "missing-placement")).toEqual([{ cell: "H3", related: "G3" }]);
  });
});
