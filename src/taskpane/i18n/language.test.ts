import { languageOf, STRINGS } from "./language";

describe("languageOf", () => {
  it.each([
    ["vi-VN", "vi"],
    ["VI-vn", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    [undefined, "vi"],
    ["", "vi"],
  ])("shows the pane for Office language %p in %p", (displayLanguage, expected) => {
    expect(languageOf(displayLanguage)).toBe(expected);
  });
});

describe("STRINGS", () => {
  it("names the add-in in Vietnamese and English", () => {
    expect(STRINGS.vi.appName).toBe("Danh sách cán bộ trẻ");
    expect(STRINGS.en.appName).toBe("Young cadre roster");
  });

  it("names the main button as users know it", () => {
    expect(STRINGS.vi.check).toBe("Kiểm tra danh sách");
    expect(STRINGS.en.check).toBe("Check roster");
    expect([STRINGS.vi.mark, STRINGS.vi.clear, STRINGS.vi.report]).toEqual([
      "Đánh dấu ô lỗi",
      "Xóa đánh dấu",
      "Xuất báo cáo",
    ]);
  });

  it("puts every given name and number into the sentences of both languages", () => {
    for (const strings of [STRINGS.vi, STRINGS.en]) {
      expect(strings.reading("5.000", "10.000")).toMatch(/5\.000.*10\.000/);
      expect(strings.summaryTable("Bảng1", "Danh sách", "12", "09:30")).toMatch(/Bảng1.*Danh sách.*12.*09:30/);
      expect(strings.cellGone("E6", "Danh sách")).toMatch(/E6.*Danh sách/);
      expect(strings.wholeNumber("Tuổi", "18", "70")).toMatch(/Tuổi.*18.*70/);
    }
  });
});
