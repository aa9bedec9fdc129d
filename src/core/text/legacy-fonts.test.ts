import { legacyFontEncoding } from "./legacy-fonts";

describe("legacyFontEncoding", () => {
  it.each([
    [".VnTime", { encoding: "tcvn3", upper: false }],
    [".VnArial", { encoding: "tcvn3", upper: false }],
    [".VnArial Narrow", { encoding: "tcvn3", upper: false }],
    [".VnTimeH", { encoding: "tcvn3", upper: true }],
    [".VnArialH", { encoding: "tcvn3", upper: true }],
    [".VnArial NarrowH", { encoding: "tcvn3", upper: true }],
    ["VNI-Times", { encoding: "vni", upper: false }],
    ["VNI-Helve", { encoding: "vni", upper: false }],
  ])("reads %s", (font, expected) => {
    expect(legacyFontEncoding(font)).toEqual(expected);
  });

  it.each(["Times New Roman", "Arial", "Calibri", "", undefined])("finds no legacy encoding in %j", (font) => {
    expect(legacyFontEncoding(font)).toBeNull();
  });
});
