import { decodeTcvn3 } from "./tcvn3";

describe("decodeTcvn3", () => {
  // Each row: a base letter in the level tone, then huyền, hỏi, ngã, sắc, nặng. Together with the
  // capitals row these are the 74 ABC letters.
  it.each([
    ["a µ ¶ · ¸ ¹", "a à ả ã á ạ"],
    ["¨ » ¼ ½ ¾ Æ", "ă ằ ẳ ẵ ắ ặ"],
    ["© Ç È É Ê Ë", "â ầ ẩ ẫ ấ ậ"],
    ["e Ì Î Ï Ð Ñ", "e è ẻ ẽ é ẹ"],
    ["ª Ò Ó Ô Õ Ö", "ê ề ể ễ ế ệ"],
    ["i × Ø Ü Ý Þ", "i ì ỉ ĩ í ị"],
    ["o ß á â ã ä", "o ò ỏ õ ó ọ"],
    ["« å æ ç è é", "ô ồ ổ ỗ ố ộ"],
    ["¬ ê ë ì í î", "ơ ờ ở ỡ ớ ợ"],
    ["u ï ñ ò ó ô", "u ù ủ ũ ú ụ"],
    ["\u00AD õ ö ÷ ø ù", "ư ừ ử ữ ứ ự"],
    ["y ú û ü ý þ", "y ỳ ỷ ỹ ý ỵ"],
    ["® §", "đ Đ"],
  ])("decodes the tones of %s", (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
  });

  it("decodes the capitals that ABC has", () => {
    expect(decodeTcvn3("¡ ¢ £ ¤ ¥ ¦ §")).toBe("Ă Â Ê Ô Ơ Ư Đ");
  });

  it("leaves the bytes that are not ABC letters, such as ° and ±, alone", () => {
    expect(decodeTcvn3("25°C ± 2² ³ ´ ¯ º ¿ À Á Â Ã Ä Å Í Ù Ú Û à ð")).toBe(
      "25°C ± 2² ³ ´ ¯ º ¿ À Á Â Ã Ä Å Í Ù Ú Û à ð",
    );
  });

  it.each([
    ["NguyÔn V¨n A", "Nguyễn Văn A"],
    ["TrÇn Ph¹m Hoµng §Æng Bïi", "Trần Phạm Hoàng Đặng Bùi"],
    ["Tr\u00ADêng", "Trường"],
    ["NguyÔn", "Nguyễn"],
    ["§Æng", "Đặng"],
    ["Ban Tæ chøc TØnh ñy", "Ban Tổ chức Tỉnh ủy"],
    ["Cao cÊp lý luËn chÝnh trÞ", "Cao cấp lý luận chính trị"],
    ["Th¹c sÜ", "Thạc sĩ"],
    ["TiÕn sÜ", "Tiến sĩ"],
    ["Båi d\u00ADìng", "Bồi dưỡng"],
    ["Båi d\u00ADìng c¸n bé dù nguån", "Bồi dưỡng cán bộ dự nguồn"],
    ["Lu©n chuyÓn", "Luân chuyển"],
    ["Cao B»ng", "Cao Bằng"],
    ["Tµy", "Tày"],
    ["Nïng", "Nùng"],
    ["M«ng", "Mông"],
    ["S¸n Chay", "Sán Chay"],
    ["L« L«", "Lô Lô"],
    ["Phã BÝ th\u00AD Th\u00ADêng trùc TØnh ñy", "Phó Bí thư Thường trực Tỉnh ủy"],
    ["QuyÕt ®Þnh cö ®i häc", "Quyết định cử đi học"],
    ["Ngµy, th¸ng, n¨m sinh", "Ngày, tháng, năm sinh"],
    ["Thñ tr\u00ADëng ®¬n vÞ", "Thủ trưởng đơn vị"],
    ["Hoµng ThÞ Thu H\u00AD¬ng", "Hoàng Thị Thu Hương"],
    ["Qu¶n lý nhµ n\u00ADíc", "Quản lý nhà nước"],
    ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
    ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
  ])("decodes %j", (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
  });

  it("upper-cases text in an H font, which draws the lower-case codes as capitals", () => {
    expect(decodeTcvn3("NGUYÔN V¡N A", true)).toBe("NGUYỄN VĂN A");
    expect(decodeTcvn3("nguyÔn v¨n a", true)).toBe("NGUYỄN VĂN A");
    expect(decodeTcvn3("TR\u00ADêNG", true)).toBe("TRƯỜNG");
    expect(decodeTcvn3("Ban Tæ chøc TØnh ñy", true)).toBe("BAN TỔ CHỨC TỈNH ỦY");
  });

  it("restores capitals typed in a normal font, where ABC has no toned capitals", () => {
    expect(decodeTcvn3("NGUYÔN V¡N A")).toBe("NGUYỄN VĂN A");
    expect(decodeTcvn3("Hµ GIANG")).toBe("HÀ GIANG");
    expect(decodeTcvn3("Hä vµ tªn: NGUYÔN V¡N A")).toBe("Họ và tên: NGUYỄN VĂN A");
  });

  it("keeps title case where a word has one capital only", () => {
    expect(decodeTcvn3("Lª A Hµ")).toBe("Lê A Hà");
    expect(decodeTcvn3("§Ò ¸n")).toBe("Đề án");
  });

  it("returns NFC", () => {
    expect(decodeTcvn3("Nguye\u0302\u0303n")).toBe("Nguyễn");
  });
});
