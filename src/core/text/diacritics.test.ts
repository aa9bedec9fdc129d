import { hasVietnameseDiacritics } from "./diacritics";

describe("hasVietnameseDiacritics", () => {
  it.each(["Nguyễn", "Văn", "Đức", "Lê", "Tô", "Hà", "Lý", "Phó", "Mơ", "Ư", "Hoa\u0300", "NGUYỄN"])(
    "sees the marks in %j",
    (text) => {
      expect(hasVietnameseDiacritics(text)).toBe(true);
    },
  );

  it.each(["Nguyen Van Hung", "125-QD/TU", "Müller", "Peña", "2019", ""])("sees none in %j", (text) => {
    expect(hasVietnameseDiacritics(text)).toBe(false);
  });
});
