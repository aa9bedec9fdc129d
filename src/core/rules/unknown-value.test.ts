import { check, issuesOf, trainees, trainingSheet, type TrainingPerson } from "../../../test/support/core/grid";

function unknown(change: TrainingPerson) {
  return issuesOf(check(trainingSheet(trainees({ 1: change }))), "unknown-value");
}

describe("unknown-value", () => {
  it.each([
    ["Tay", "Tày"],
    ["Nung", "Nùng"],
    ["Muong", "Mường"],
    ["Tàyy", "Tày"],
    ["Khome", "Khơ-me"],
  ])("proposes the ethnic group meant by %j", (text, fix) => {
    expect(unknown({ ethnicity: text })).toEqual([{ cell: "E6", fix }]);
  });

  it("raises without a fix when no group is near", () => {
    expect(unknown({ ethnicity: "Không rõ" })).toEqual([{ cell: "E6" }]);
  });

  it.each([
    "Kinh",
    "kinh",
    "H'Mông",
    "Mông",
    "Hmông",
    "Khmer",
    "Sán Chỉ",
    "Cao Lan",
    "Ê Đê",
    "Ê-đê",
    "Dao đỏ",
    "Nùng An",
    "Ra-glai",
    "Raglay",
    "Gié-Triêng",
    "Giẻ Triêng",
    "Ơ Đu",
    "Bru-Vân Kiều",
    "Tày".normalize("NFD"),
  ])("accepts the ethnic group spelling %j", (text) => {
    expect(unknown({ ethnicity: text })).toEqual([]);
  });

  it("proposes a gender, and accepts only its two spellings", () => {
    expect(unknown({ gender: "Nma" })).toEqual([{ cell: "D6", fix: "Nam" }]);
    expect(unknown({ gender: "x" })).toEqual([{ cell: "D6" }]);
    for (const text of ["Nữ", "Nam", "Nữ".normalize("NFD")]) expect(unknown({ gender: text })).toEqual([]);
  });

  it.each([
    ["Nu", "Nữ"],
    ["nu", "Nữ"],
    ["NỮ ", "Nữ"],
    ["F", "Nữ"],
    ["nam", "Nam"],
    ["Male", "Nam"],
  ])("reports the gender %j, understood but not as the list writes it, with the fix %j", (text, fix) => {
    expect(unknown({ gender: text })).toEqual([{ cell: "D6", fix }]);
  });

  it("accepts free-text programmes that name a known kind of training", () => {
    for (const text of [
      "Thạc sĩ Quản lý giáo dục",
      "Thạc sỹ Luật",
      "CKII Nội khoa",
      "Cao cấp LLCT (không tập trung)",
      "Bồi dưỡng ngạch chuyên viên chính",
      "Tiếng Anh B1",
      "Quốc phòng – an ninh đối tượng 3",
    ]) {
      expect(unknown({ programme: text })).toEqual([]);
    }
  });

  it("raises a programme that names no training, proposing one only when close", () => {
    expect(unknown({ programme: "Thạc xĩ" })).toEqual([{ cell: "H6", fix: "Thạc sĩ" }]);
    expect(unknown({ programme: "Kế toán" })).toEqual([{ cell: "H6" }]);
  });

  it("leaves legacy-encoded values to legacy-encoding when they stand for a known value", () => {
    const report = check(trainingSheet(trainees({ 1: { ethnicity: "Tµy" } })));
    expect(issuesOf(report, "unknown-value")).toEqual([]);
    expect(issuesOf(report, "legacy-encoding")).toEqual([{ cell: "E6", fix: "Tày" }]);
  });

  it("stays quiet on a clean roster", () => {
    expect(issuesOf(check(trainingSheet()), "unknown-value")).toEqual([]);
  });
});
