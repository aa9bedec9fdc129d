import { check, issuesOf, rulesRaised, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("legacy-encoding", () => {
  it("points at TCVN3 and VNI text with its Unicode as the fix", () => {
    const report = check(
      trainingSheet(
        trainees({ 0: { fullName: "NguyÔn V¨n An" }, 1: { unit: "Së Néi vô" }, 2: { fullName: "Nguyeãn Vaên Chung" } }),
      ),
    );
    expect(issuesOf(report, "legacy-encoding")).toEqual([
      { cell: "B5", fix: "Nguyễn Văn An" },
      { cell: "G6", fix: "Sở Nội vụ" },
      { cell: "B7", fix: "Nguyễn Văn Chung" },
    ]);
  });

  it("upper-cases the fix of text in a TCVN3 capitals font", () => {
    const sheet = trainingSheet(trainees({ 0: { fullName: "nguyÔn v¨n an" } }));
    const fonts = sheet.values.map((row, r) =>
      row.map((_, c) => (r === 4 && c === 1 ? ".VnTimeH" : "Times New Roman")),
    );
    expect(issuesOf(check({ ...sheet, fonts }), "legacy-encoding")).toEqual([{ cell: "B5", fix: "NGUYỄN VĂN AN" }]);
  });

  it("leaves header cells alone", () => {
    const sheet = trainingSheet();
    const values = sheet.values.map((row, r) => (r === 2 ? row.map((v, c) => (c === 13 ? "Ghi chó" : v)) : row));
    expect(issuesOf(check({ ...sheet, values }), "legacy-encoding")).toEqual([]);
  });

  it("stays quiet on Unicode Vietnamese, English and codes", () => {
    const report = check(
      trainingSheet(trainees({ 0: { notes: "Café São Paulo ½" }, 1: { notes: "Master of Public Administration" } })),
    );
    expect(rulesRaised(report)).toEqual([]);
  });
});
