import { languageOf, STRINGS } from "./i18n";

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
});
