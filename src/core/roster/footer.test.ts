import { footerKind } from "./footer";

describe("footer lines", () => {
  it.each([
    "Tổng cộng",
    "TỔNG SỐ: 25 người",
    "Cộng",
    "Cộng: 12",
    "Cộng khối I",
    "Tong cong",
    "  Tổng cộng",
    "Tổng cộng".normalize("NFD"),
    "Tæng céng",
    "TOÅNG COÄNG",
  ])("reads %s as a total, which counts the people above it", (text) => expect(footerKind(text)).toBe("total"));

  it.each([
    "Người lập biểu",
    "NGƯỜI LẬP",
    "Xác nhận của cơ quan",
    "Nơi nhận:",
    "T/M BAN THƯỜNG VỤ",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. GIÁM ĐỐC",
    "Cao Bằng, ngày 20 tháng 5 năm 2019",
    "Cao Bằng, ngày 20 tháng 5 năm 2019".normalize("NFD"),
    "…, ngày … tháng … năm …",
    "Hà Nội, ngày ..... tháng ..... năm 2019",
    "Ng\u00adêi lËp biÓu",
    "Ngöôøi laäp bieåu",
    "Cao B»ng, ngµy 20 th¸ng 5 n¨m 2019",
    "Cao Baèng, ngaøy 20 thaùng 5 naêm 2019",
  ])("ends the data at %s", (text) => expect(footerKind(text)).toBe("strong"));

  it.each([
    "Công an tỉnh",
    "Cong an tinh",
    "Cộng đồng dân cư",
    "Nguyễn Văn Tổng",
    "Tống Văn Cộng",
    "125-QĐ/TU, ngày 12 tháng 3 năm 2018",
    "ngày 12 tháng 3 năm 2018",
    "Trường Chính trị Hoàng Đình Giong",
    "C«ng an tØnh",
    "Nguyeãn Vaên Toång",
  ])("does not end the data at %s", (text) => expect(footerKind(text)).toBeNull());

  it("takes a bare signature title, not a position, for a weak footer", () => {
    expect(footerKind("GIÁM ĐỐC")).toBe("weak");
    expect(footerKind("  Thủ trưởng đơn vị")).toBe("weak");
    expect(footerKind("Giám đốc Sở Nội vụ tỉnh")).toBeNull();
    expect(footerKind("Phó Giám đốc")).toBeNull();
    expect(footerKind("Thñ tr\u00adëng ®¬n vÞ")).toBe("weak");
  });
});
