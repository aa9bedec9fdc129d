import { check, issuesOf, trainees, trainingSheet } from "../../../test/support/core/grid";

describe("not-nfc", () => {
  it("points at decomposed Unicode text with its NFC form as the fix", () => {
    const report = check(trainingSheet(trainees({ 2: { fullName: "Lý Văn Páo".normalize("NFD") } })));
    expect(issuesOf(report, "not-nfc")).toEqual([{ cell: "B7", fix: "Lý Văn Páo" }]);
  });

  it("stays quiet on NFC text and on legacy text (reported as legacy-encoding instead)", () => {
    expect(issuesOf(check(trainingSheet()), "not-nfc")).toEqual([]);
    expect(issuesOf(check(trainingSheet(trainees({ 0: { fullName: "NguyÔn V¨n An" } }))), "not-nfc")).toEqual([]);
  });
});
