import { check, date, issuesOf, sheetFrom } from "../../../test/support/core/grid";

const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Số quyết định", "Cam kết phục vụ"];
const row = (n: number, programme: string, commitment: string | null) => [
  n,
  `Người ${n}`,
  date("01/01/1990"),
  programme,
  `${n}-QĐ/SNV`,
  commitment,
];

describe("missing-commitment", () => {
  it("points at a blank or negative commitment of postgraduate study, nowhere else", () => {
    const report = check(
      sheetFrom([
        HEADER,
        row(1, "Thạc sĩ", "Có"),
        row(2, "Thạc sĩ", null),
        row(3, "Tiến sĩ", "Chưa"),
        row(4, "Bồi dưỡng chuyên viên chính", null),
      ]),
    );
    expect(issuesOf(report, "missing-commitment")).toEqual([{ cell: "F3" }, { cell: "F4" }]);
  });

  it("says nothing where the roster keeps no commitment column", () => {
    const report = check(sheetFrom([HEADER.slice(0, 5), row(1, "Thạc sĩ", null).slice(0, 5)]));
    expect(issuesOf(report, "missing-commitment")).toEqual([]);
  });
});
