import { displayHeader, foldText, headerKey } from "./normalise";

describe("header folding", () => {
  it("folds case, diacritics (đ included), NFD and spacing", () => {
    expect(foldText("  ĐƠN VỊ\n công   tác ")).toBe("don vi cong tac");
    expect(foldText("Họ và tên".normalize("NFD"))).toBe("ho va ten");
  });

  it("drops trailing colons, '(*)' and stray punctuation, and inner commas and slashes", () => {
    expect(headerKey("Họ và tên (*):")).toBe("ho va ten");
    expect(headerKey("Ngày, tháng, năm sinh")).toBe("ngay thang nam sinh");
    expect(headerKey("Ngày/tháng/năm sinh")).toBe("ngay thang nam sinh");
    expect(headerKey("No.")).toBe("no");
  });

  it("shows a header on one line in NFC", () => {
    expect(displayHeader("Họ và\ntên".normalize("NFD"))).toBe("Họ và tên");
  });
});
