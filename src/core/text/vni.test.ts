import { decodeVni } from "./vni";

/** Test-only encoder written from the VNI-Windows byte values, to check every letter round-trips. */
const TONE_BYTES: Record<string, string> = {
  "\u0301": "ù",
  "\u0300": "ø",
  "\u0309": "û",
  "\u0303": "õ",
  "\u0323": "ï",
};
const CIRCUMFLEX_BYTES: Record<string, string> = {
  "": "â",
  "\u0301": "á",
  "\u0300": "à",
  "\u0309": "å",
  "\u0303": "ã",
  "\u0323": "ä",
};
const BREVE_BYTES: Record<string, string> = {
  "": "ê",
  "\u0301": "é",
  "\u0300": "è",
  "\u0309": "ú",
  "\u0303": "ü",
  "\u0323": "ë",
};
const I_BYTES: Record<string, string> = { "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò" };

function encodeVni(letter: string): string {
  if (letter === "đ" || letter === "Đ") return letter === "đ" ? "ñ" : "Ñ";
  const [base, ...marks] = letter.normalize("NFD");
  const cased = (bytes: string) => (base === base.toUpperCase() ? bytes.toUpperCase() : bytes);
  const tone = marks.find((mark) => mark in TONE_BYTES) ?? "";
  const shape = marks.find((mark) => !(mark in TONE_BYTES)) ?? "";
  if (/i/i.test(base) && tone !== "") return cased(I_BYTES[tone]);
  if (/y/i.test(base) && tone === "\u0323") return cased("î");
  if (shape === "\u031B") return cased(/o/i.test(base) ? "ô" : "ö") + cased(TONE_BYTES[tone] ?? "");
  if (shape === "\u0302") return base + cased(CIRCUMFLEX_BYTES[tone]);
  if (shape === "\u0306") return base + cased(BREVE_BYTES[tone]);
  return base + cased(TONE_BYTES[tone] ?? "");
}

const LOWER_LETTERS = [..."aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"];

describe("decodeVni", () => {
  it.each([
    ["a aø aû aõ aù aï", "a à ả ã á ạ"],
    ["aê aè aú aü aé aë", "ă ằ ẳ ẵ ắ ặ"],
    ["aâ aà aå aã aá aä", "â ầ ẩ ẫ ấ ậ"],
    ["e eø eû eõ eù eï", "e è ẻ ẽ é ẹ"],
    ["eâ eà eå eã eá eä", "ê ề ể ễ ế ệ"],
    ["i ì æ ó í ò", "i ì ỉ ĩ í ị"],
    ["o oø oû oõ où oï", "o ò ỏ õ ó ọ"],
    ["oâ oà oå oã oá oä", "ô ồ ổ ỗ ố ộ"],
    ["ô ôø ôû ôõ ôù ôï", "ơ ờ ở ỡ ớ ợ"],
    ["u uø uû uõ uù uï", "u ù ủ ũ ú ụ"],
    ["ö öø öû öõ öù öï", "ư ừ ử ữ ứ ự"],
    ["y yø yû yõ yù î", "y ỳ ỷ ỹ ý ỵ"],
    ["ñ Ñ", "đ Đ"],
  ])("decodes the tones of %s", (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
  });

  it.each([
    ["AØ AÛ AÕ AÙ AÏ", "À Ả Ã Á Ạ"],
    ["AÊ AÈ AÚ AÜ AÉ AË", "Ă Ằ Ẳ Ẵ Ắ Ặ"],
    ["AÂ AÀ AÅ AÃ AÁ AÄ", "Â Ầ Ẩ Ẫ Ấ Ậ"],
    ["EÂ EÀ EÅ EÃ EÁ EÄ", "Ê Ề Ể Ễ Ế Ệ"],
    ["Ì Æ Ó Í Ò", "Ì Ỉ Ĩ Í Ị"],
    ["OÂ OÀ OÅ OÃ OÁ OÄ", "Ô Ồ Ổ Ỗ Ố Ộ"],
    ["Ô ÔØ ÔÛ ÔÕ ÔÙ ÔÏ", "Ơ Ờ Ở Ỡ Ớ Ợ"],
    ["Ö ÖØ ÖÛ ÖÕ ÖÙ ÖÏ", "Ư Ừ Ử Ữ Ứ Ự"],
    ["YØ YÛ YÕ YÙ Î", "Ỳ Ỷ Ỹ Ý Ỵ"],
  ])("decodes the capitals %s", (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
  });

  it("round-trips every Vietnamese letter, lower case and capital", () => {
    for (const letter of [...LOWER_LETTERS, ...LOWER_LETTERS.map((l) => l.toUpperCase())]) {
      expect(decodeVni(encodeVni(letter))).toBe(letter);
    }
  });

  it.each([
    ["Nguyeãn Vaên A", "Nguyễn Văn A"],
    ["Tröôøng", "Trường"],
    ["Nguyeãn", "Nguyễn"],
    ["Ñaëng", "Đặng"],
    ["NGUYEÃN", "NGUYỄN"],
    ["TRÖÔØNG", "TRƯỜNG"],
    ["NGUYEÃN VAÊN A", "NGUYỄN VĂN A"],
    ["Traàn Phaïm Hoaøng Ñaëng Buøi", "Trần Phạm Hoàng Đặng Bùi"],
    ["Ban Toå chöùc Tænh uûy", "Ban Tổ chức Tỉnh ủy"],
    ["Cao caáp lyù luaän chính trò", "Cao cấp lý luận chính trị"],
    ["Thaïc só", "Thạc sĩ"],
    ["Boài döôõng", "Bồi dưỡng"],
    ["Luaân chuyeån", "Luân chuyển"],
    ["Cao Baèng", "Cao Bằng"],
    ["Taøy", "Tày"],
    ["Nuøng", "Nùng"],
    ["Moâng", "Mông"],
    ["Saùn Chay", "Sán Chay"],
    ["Phoù Bí thö Thöôøng tröïc Tænh uûy", "Phó Bí thư Thường trực Tỉnh ủy"],
    ["Quyeát ñònh cöû ñi hoïc", "Quyết định cử đi học"],
    ["Thuû tröôûng ñôn vò", "Thủ trưởng đơn vị"],
    ["Giaøng A Paùo", "Giàng A Páo"],
    ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["ÑAÛNG VIEÂN", "ĐẢNG VIÊN"],
  ])("decodes %j", (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
  });

  it("reads ô as ơ and ö as ư inside words; a real ô is oâ", () => {
    expect(decodeVni("Sôn")).toBe("Sơn");
    expect(decodeVni("möa")).toBe("mưa");
    expect(decodeVni("Khoâi")).toBe("Khôi");
  });

  it("accepts a capital mark after a lower-case base and the reverse", () => {
    expect(decodeVni("NguyeÃn")).toBe("Nguyễn");
    expect(decodeVni("NGUYEãN")).toBe("NGUYỄN");
  });

  it("leaves a mark byte that cannot attach to what precedes it", () => {
    expect(decodeVni("uâ")).toBe("uâ");
    expect(decodeVni("25°C ± 2")).toBe("25°C ± 2");
  });
});
