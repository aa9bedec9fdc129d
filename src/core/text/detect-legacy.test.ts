import fc from "fast-check";
import { detectLegacy, isUnicodeInLegacyFont, toUnicode } from "./detect-legacy";

describe("detectLegacy", () => {
  it.each([
    ["NguyÔn V¨n A", "Nguyễn Văn A"],
    ["TrÇn Ph¹m Hoµng §Æng Bïi", "Trần Phạm Hoàng Đặng Bùi"],
    ["Tr\u00ADêng", "Trường"],
    ["Ban Tæ chøc TØnh ñy", "Ban Tổ chức Tỉnh ủy"],
    ["Cao cÊp lý luËn chÝnh trÞ", "Cao cấp lý luận chính trị"],
    ["Th¹c sÜ", "Thạc sĩ"],
    ["Båi d\u00ADìng", "Bồi dưỡng"],
    ["Lu©n chuyÓn", "Luân chuyển"],
    ["Cao B»ng", "Cao Bằng"],
    ["§Æng", "Đặng"],
    ["NGUYÔN V¡N A", "NGUYỄN VĂN A"],
    ["Lª Minh An", "Lê Minh An"],
  ])("finds TCVN3 by its text: %j", (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: "tcvn3", unicode });
  });

  it.each([
    ["Nguyeãn Vaên A", "Nguyễn Văn A"],
    ["Tröôøng", "Trường"],
    ["NGUYEÃN", "NGUYỄN"],
    ["TRÖÔØNG", "TRƯỜNG"],
    ["Ñaëng", "Đặng"],
    ["Ban Toå chöùc Tænh uûy", "Ban Tổ chức Tỉnh ủy"],
    ["Cao caáp lyù luaän chính trò", "Cao cấp lý luận chính trị"],
    ["Thaïc só Quaûn lyù coâng", "Thạc sĩ Quản lý công"],
    ["Boài döôõng", "Bồi dưỡng"],
    ["Luaân chuyeån caùn boä", "Luân chuyển cán bộ"],
    ["Cao Baèng", "Cao Bằng"],
  ])("finds VNI by its text: %j", (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: "vni", unicode });
  });

  it.each([
    ["Tµy", ".VnTime", "tcvn3", "Tày"],
    ["Nïng", ".VnTime", "tcvn3", "Nùng"],
    ["M«ng", ".VnArial", "tcvn3", "Mông"],
    ["S¸n Chay", ".VnTime", "tcvn3", "Sán Chay"],
    ["NGUYÔN V¡N A", ".VnTimeH", "tcvn3", "NGUYỄN VĂN A"],
    ["nguyÔn v¨n a", ".VnArialH", "tcvn3", "NGUYỄN VĂN A"],
    ["Taøy", "VNI-Times", "vni", "Tày"],
    ["Nuøng", "VNI-Helve", "vni", "Nùng"],
    ["Moâng", "VNI-Times", "vni", "Mông"],
    ["Phan Thò Hoa", "VNI-Times", "vni", "Phan Thị Hoa"],
  ])("lets a legacy font decide: %j in %s", (legacy, font, encoding, unicode) => {
    expect(detectLegacy(legacy, font)).toEqual({ encoding, unicode });
  });

  it.each([
    ["Nông Minh Hùng", ".VnTime"],
    ["Hoàng Văn Thành", ".VnTime"],
    ["Nông Minh Hùng", "VNI-Times"],
  ])("leaves Unicode Vietnamese %j in %s as it is: its letters say so, the font only breaks ties", (text, font) => {
    expect(detectLegacy(text, font)).toBeNull();
    expect(isUnicodeInLegacyFont(text, font)).toBe(true);
  });

  it.each([
    ["NguyÔn V¨n An", ".VnTime", "Nguyễn Văn An"],
    ["LÖ", ".VnTime", "Lệ"],
  ])("decodes %j in %s, a capital inside a word or a letter Vietnamese does not use", (text, font, unicode) => {
    expect(detectLegacy(text, font)?.unicode).toBe(unicode);
    expect(isUnicodeInLegacyFont(text, font)).toBe(false);
  });

  it("finds nothing in a legacy font when decoding changes no letter", () => {
    expect(detectLegacy("25°C ± 2", ".VnTime")).toBeNull();
    expect(detectLegacy("NGUYEN VAN A", ".VnTimeH")).toBeNull();
    expect(detectLegacy("Nguyễn Văn A", "VNI-Times")).toBeNull();
  });

  it.each([
    "Nguyễn Văn A",
    "John Smith",
    "125-QĐ/TU",
    "Tổng cộng",
    "25°C ± 2",
    "ABC",
    "x",
    "2019",
    "",
    "Hoàng",
    "Hoà",
    "Tày",
    "Mông",
    "Lê",
    "Phòng",
    "Sán Chay",
    "Giàng A Páo",
    "Café René",
    "José García",
    "Müller",
    "© 2019",
    "10µm",
    "«Hello»",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
  ])("leaves %j alone", (text) => {
    expect(detectLegacy(text)).toBeNull();
    expect(detectLegacy(text, "Times New Roman")).toBeNull();
  });

  it("leaves a word alone when both readings are Vietnamese and nothing else tells them apart", () => {
    // "Thò" is Unicode for a real word and VNI for "Thị": only the font can say which.
    expect(detectLegacy("Phan Thò Hoa")).toBeNull();
  });

  it("never throws, whatever the text and font", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.constantFrom(undefined, ".VnTime", ".VnTimeH", "VNI-Times", "Arial"),
        (text, font) => {
          detectLegacy(text, font);
        },
      ),
    );
  });
});

describe("toUnicode", () => {
  it("converts legacy text and returns anything else in NFC", () => {
    expect(toUnicode("NguyÔn V¨n A")).toBe("Nguyễn Văn A");
    expect(toUnicode("Tröôøng", "VNI-Times")).toBe("Trường");
    expect(toUnicode("Nguye\u0302\u0303n")).toBe("Nguyễn");
    expect(toUnicode("John Smith")).toBe("John Smith");
  });

  it("gives the same text when applied to its own output", () => {
    const latin1Heavy = fc
      .array(
        fc.constantFrom(
          ..."aeiouyAEIOUYnghtcmpNGHTCMPbdlsvx  ",
          ...Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xa1 + i)),
        ),
        { maxLength: 16 },
      )
      .map((letters) => letters.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), latin1Heavy), (text) => {
        const once = toUnicode(text);
        expect(toUnicode(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
