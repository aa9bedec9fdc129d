import { containsPhrase, matchKey } from "./match-key";

const contains = (text: string, phrase: string) => containsPhrase(matchKey(text), matchKey(phrase));

describe("match keys", () => {
  test("spellings of one programme give one key: sỹ/sĩ, case, NFD, tone placement, spacing", () => {
    const key = matchKey("Thạc sĩ");
    expect(matchKey("Thạc sỹ")).toBe(key);
    expect(matchKey("THẠC  SĨ")).toBe(key);
    expect(matchKey("Thạc sĩ".normalize("NFD"))).toBe(key);
    expect(matchKey("Văn hoá")).toBe(matchKey("Văn hóa"));
  });

  test("punctuation does not count", () => {
    expect(matchKey("Lãnh đạo, quản lý cấp sở")).toBe(matchKey("lãnh đạo quản lý cấp sở"));
    expect(matchKey("Trung cấp lý luận chính trị – hành chính")).toBe(
      matchKey("Trung cấp lý luận chính trị - hành chính"),
    );
  });

  test("the usual abbreviations stand for their words", () => {
    expect(contains("CKI", "Chuyên khoa cấp I")).toBe(true);
    expect(contains("CK1 Nội khoa", "Chuyên khoa cấp I")).toBe(true);
    expect(contains("Chuyên khoa cấp 1", "Chuyên khoa cấp I")).toBe(true);
    expect(contains("Cao cấp LLCT (không tập trung)", "Cao cấp lý luận chính trị")).toBe(true);
    expect(contains("ThS Quản lý công", "Thạc sĩ")).toBe(true);
    expect(contains("BD QLNN ngạch CVC", "Chuyên viên chính")).toBe(true);
  });

  test("containment is by whole words: CK II is not CK I, chuyên viên chính is not chuyên viên cao cấp", () => {
    expect(contains("Chuyên khoa cấp II", "Chuyên khoa cấp I")).toBe(false);
    expect(contains("CKII", "Chuyên khoa cấp I")).toBe(false);
    expect(contains("Bồi dưỡng QLNN ngạch chuyên viên cao cấp", "Chuyên viên chính")).toBe(false);
    expect(contains("Kỹ năng lãnh đạo, quản lý", "Lãnh đạo, quản lý cấp sở")).toBe(false);
    expect(contains("Tiến sĩ", "Thạc sĩ")).toBe(false);
  });

  test("a blank phrase matches nothing", () => {
    expect(containsPhrase(matchKey("Thạc sĩ"), matchKey("  "))).toBe(false);
  });
});
