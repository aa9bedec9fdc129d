import fc from "fast-check";
import { printable, visible, visibleJson } from "./visible-text";

/** What must never reach a terminal raw (tab and line breaks are placed by the caller). */
const RAW_HIDDEN = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u;

describe("visibleJson", () => {
  test("the same value, with no control or bidi character raw", () => {
    const value = { message: "a\u001b[2J\u009b\u202Eb\u2066", n: 1 };
    const json = visibleJson(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toContain("a\\u001b[2J\\u009B\\u202Eb\\u2066");
    expect(json).not.toMatch(/(?![\n])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u);
  });
});

describe("visible", () => {
  test.each([
    ["Nông\u001b[31mVăn\u0007", "Nông\\u001B[31mVăn\\u0007"],
    ["a\u0000b", "a\\u0000b"],
    ["\u009b2J", "\\u009B2J"],
    ["abc\u202Efdp.exe", "abc\\u202Efdp.exe"],
    ["\u2066x\u2069", "\\u2066x\\u2069"],
    ["Ghi chú_x001B_[2J", "Ghi chú\\u001B[2J"],
    ["_x202e_", "\\u202E"],
  ])("%j is shown as %j", (text, shown) => {
    expect(visible(text)).toBe(shown);
  });

  test("Vietnamese text, tabs, line breaks and Excel escapes of ordinary characters are left alone", () => {
    expect(visible("Nguyễn Thị Hồng\tNhung\r\n_x0041_ _x000D_")).toBe("Nguyễn Thị Hồng\tNhung\r\n_x0041_ _x000D_");
  });

  test("whatever the text, no control or bidi character survives, raw or in Excel's escaped form", () => {
    const hidden = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f);
    const bidi = fc.constantFrom(0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069);
    const piece = fc.oneof(
      fc.string(),
      fc.oneof(hidden, bidi).map((c) => String.fromCharCode(c)),
      fc.oneof(hidden, bidi).map((c) => `_x${c.toString(16).padStart(4, "0")}_`),
    );
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        const shown = printable(pieces.join(""));
        expect(shown).not.toMatch(RAW_HIDDEN);
        expect(shown).not.toMatch(/[\t\r\n]/);
        const escapes = [...shown.matchAll(/_x([0-9a-f]{4})_/gi)].map((m) => String.fromCharCode(parseInt(m[1], 16)));
        expect(escapes.join("")).not.toMatch(RAW_HIDDEN);
      }),
    );
  });
});
