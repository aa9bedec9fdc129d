import { toNfc } from "./nfc";
import { vnKey } from "./vn-key";

describe("toNfc", () => {
  it("makes decomposed and Unikey's half-decomposed names equal to the precomposed one", () => {
    expect(toNfc("Nguye\u0302\u0303n")).toBe("Nguyễn");
    expect(toNfc("Nguyê\u0303n")).toBe("Nguyễn");
    expect(toNfc("Nguyễn")).toBe("Nguyễn");
  });
});

describe("vnKey", () => {
  it.each([
    ["Nguyễn Văn A".normalize("NFD"), "Nguyễn Văn A"],
    ["NGUYỄN VĂN A", "nguyễn văn a"],
    ["  Nguyễn\u00A0 Văn\tA ", "Nguyễn Văn A"],
    ["Nguy\u200Bễn Văn A\uFEFF", "Nguyễn Văn A"],
    ["Hoà", "Hòa"],
    ["Thuý", "Thúy"],
    ["Thuỷ", "Thủy"],
    ["khoẻ", "khỏe"],
    ["Tuỳ", "Tùy"],
    ["Văn hoá, du lịch", "Văn hóa, du lịch"],
    ["Thạc sỹ", "thạc sĩ"],
    ["Tiến sỹ", "Tiến sĩ"],
    ["Kỹ năng", "kĩ năng"],
    ["Lý luận", "lí luận"],
    ["Mỹ", "Mĩ"],
    ["Quý", "Quí"],
  ])("gives %j and %j one key", (a, b) => {
    expect(vnKey(a)).toBe(vnKey(b));
  });

  it.each([
    ["Huy", "Hui"],
    ["Uy", "Ui"],
    ["Hòa", "Hoa"],
    ["Nguyễn", "Nguyên"],
  ])("keeps %j and %j apart", (a, b) => {
    expect(vnKey(a)).not.toBe(vnKey(b));
  });

  it("keeps what it does not read as Vietnamese, in lower case", () => {
    expect(vnKey(" 125-QĐ/TU ")).toBe("125-qđ/tu");
    expect(vnKey("John  Smith")).toBe("john smith");
  });
});
