import { check, date, issuesOf, sheetFrom } from "../../../test/support/core/grid";

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Chương trình đào tạo",
  "Năm tuyển dụng",
  "Số quyết định",
  "Ngày quyết định",
];
const row = (n: number, programme: string, since: number, decided: string) => [
  n,
  `Người ${n}`,
  date("01/01/1990"),
  programme,
  since,
  `${n}-QĐ/SNV`,
  date(decided),
];

describe("service-years", () => {
  it("points at the start of service of postgraduate study with less than 3 years at the decision", () => {
    const report = check(
      sheetFrom([
        HEADER,
        row(1, "Thạc sĩ", 2023, "15/08/2024"),
        row(2, "Thạc sĩ", 2020, "15/08/2024"),
        row(3, "Bồi dưỡng chuyên viên chính", 2024, "15/08/2024"),
      ]),
    );
    expect(issuesOf(report, "service-years")).toEqual([{ cell: "E2" }]);
    expect(report.issues.find((i) => i.rule === "service-years")?.params).toEqual({
      years: 1,
      min: 3,
      since: "2023",
      date: "15/08/2024",
    });
  });

  it("says nothing where the roster keeps no start of service", () => {
    const report = check(sheetFrom([HEADER.slice(0, 4), [1, "Người 1", date("01/01/1990"), "Thạc sĩ"]]));
    expect(issuesOf(report, "service-years")).toEqual([]);
  });
});
