import { errorText, valueErrorText } from "./error-text";

describe("the error tooltips of the CADRE functions", () => {
  it("read in Vietnamese, then in English in brackets", () => {
    expect(errorText("missingGender")).toBe("Thiếu giới tính (gender is blank)");
    expect(errorText("sizeMismatch")).toBe("Các vùng không cùng kích thước (the ranges differ in size)");
    expect(valueErrorText("unknownLanguage", "fr")).toBe(
      'Không hỗ trợ ngôn ngữ "fr", dùng "vi" hoặc "en" (use "vi" or "en")',
    );
  });

  it("quote the value at fault, cut short so the tooltip stays one line", () => {
    const long = "Nguyễn Văn An, sinh ngày mười hai tháng ba năm 1985";
    expect(valueErrorText("notDate", long)).toBe(`Không phải ngày dd/mm/yyyy: "${long.slice(0, 30)}…" (not a date)`);
    expect(valueErrorText("notNumber", true)).toBe('Không phải số: "true" (not a number)');
  });
});
