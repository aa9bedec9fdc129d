import fc from "fast-check";
import { readCsv } from "../../../test/support/cli/read-csv";
import { CSV_DELIMITERS, csvField, type CsvDelimiter } from "./csv-field";

/** What a spreadsheet may skip before it reads a formula. */
const SKIPPABLE = [" ", "\u00A0", "\u202F", "\u3000", "\u2007", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\n"];
const TRIGGERS = ["=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];
const DELIMITERS = Object.keys(CSV_DELIMITERS) as CsvDelimiter[];

/** The one field `csvField` wrote, as a spreadsheet reads it back. */
function readBack(value: string, delimiter: CsvDelimiter): string[] {
  return readCsv(csvField(value, delimiter) + "\r\n", CSV_DELIMITERS[delimiter])[0];
}

describe("csvField", () => {
  test.each([
    ['=HYPERLINK("http://evil.example","Bấm vào")', `"'=HYPERLINK(""http://evil.example"",""Bấm vào"")"`],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\tcmd", "'\tcmd"],
    ["\r=1+1", `"'\r=1+1"`],
    ["  =1+1", "'  =1+1"],
    ["\u00A0=1+1", "'\u00A0=1+1"],
    ["\uFEFF=1+1", "'\uFEFF=1+1"],
    ["\u200B@SUM(A1)", "'\u200B@SUM(A1)"],
    ["\n=1+1", `"'\n=1+1"`],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["\uFF0B84 912", "'\uFF0B84 912"],
  ])("a cell holding %j cannot run as a formula when the CSV is opened", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  test("control and bidi characters are written as visible escapes", () => {
    expect(csvField("Nông\u001b[31mVăn\u0007")).toBe("Nông\\u001B[31mVăn\\u0007");
    expect(csvField("abc\u202Efdp.xlsx")).toBe("abc\\u202Efdp.xlsx");
    expect(csvField("_x001B_=1")).toBe("\\u001B=1");
    expect(csvField("\u0000=1+1")).toBe("\\u0000=1+1");
  });

  test("numbers stay numbers, even negative ones, with the decimal mark asked for; booleans and blanks read plainly", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(31471)).toBe("31471");
    expect(csvField(4.8, ";", ",")).toBe("4,8");
    expect(csvField(4.8, ",", ",")).toBe('"4,8"');
    expect(csvField(true)).toBe("TRUE");
    expect(csvField(null)).toBe("");
  });

  test("a field holding the separator is quoted, whichever separator it is", () => {
    expect(csvField("Hà Nội; Huế", ";")).toBe('"Hà Nội; Huế"');
    expect(csvField("Hà Nội; Huế", ",")).toBe("Hà Nội; Huế");
    expect(csvField("a\tb", "tab")).toBe('"a\tb"');
  });

  test("property: a formula trigger after anything a spreadsheet skips is always behind an apostrophe", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SKIPPABLE), { maxLength: 4 }),
        fc.constantFrom(...TRIGGERS),
        fc.string(),
        fc.constantFrom(...DELIMITERS),
        (skipped, trigger, rest, delimiter) => {
          const fields = readBack(skipped.join("") + trigger + rest, delimiter);
          expect(fields).toHaveLength(1);
          expect(fields[0].startsWith("'")).toBe(true);
        },
      ),
    );
  });

  test("property: any text reads back as one field that starts no formula and holds nothing hidden", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom(...DELIMITERS), (text, delimiter) => {
        const fields = readBack(text, delimiter);
        expect(fields).toHaveLength(1);
        const [field] = fields;
        if (!field.startsWith("'")) {
          expect(field).not.toMatch(/^(?:[\t\r]|[\s\u180E\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/);
        }
        expect(field).not.toMatch(/(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u);
      }),
    );
  });

  test("property: text with nothing to guard reads back exactly as it was", () => {
    const plain = fc
      .string({ unit: "grapheme" })
      .filter((t) => !/^[\s=+\-@\uFF1D\uFF0B\uFF0D\uFF20\u180E\u200B-\u200D\u2060\uFEFF]|\p{Cc}|[\u202A-\u202E\u2066-\u2069]|_x[0-9a-f]{4}_/iu.test(t));
    fc.assert(
      fc.property(plain, fc.constantFrom(...DELIMITERS), (text, delimiter) => {
        expect(readBack(text, delimiter)).toEqual([text]);
      }),
    );
  });
});
