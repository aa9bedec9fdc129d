import fc from "fast-check";
import type { Issue, Report } from "../../core/report/types";
import { readCsv } from "../../../test/support/cli/read-csv";
import { CSV_DELIMITERS, type CsvDelimiter } from "./csv-field";
import { formatCsv } from "./format-csv";
import { formatText } from "./format-text";

/** Text as a hostile workbook could hold it: any characters, with controls, bidi marks and formula starts favoured. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("=", "+", "-", "@", "\uFF1D", "\t", "\r", "\n", " ", "\u00A0", "\u200B", "\uFEFF"),
      fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"),
      fc.constantFrom("_x001B_", "_x0007_", "_x202E_"),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

const report = fc
  .record({ file: hostile, sheet: hostile, value: hostile, message: hostile, fix: hostile })
  .map(({ file, sheet, value, message, fix }): Report => {
    const issue: Issue = {
      rule: "formula-text",
      severity: "warning",
      cell: "C7",
      row: 7,
      column: "C",
      field: "notes",
      value,
      message,
      params: { start: "=" },
      fix,
    };
    const sheets = [
      { sheet, roster: true, kind: "training" as const, headerRows: [5], dataRows: 1, fields: {}, tables: [], issues: [issue] },
    ];
    return {
      version: 1,
      files: [
        { file, error: null, sheets },
        { file, error: message, sheets: [] },
      ],
      summary: { files: 2, sheets: 1, rows: 1, errors: 0, warnings: 1, infos: 0 },
    };
  });

const HIDDEN = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u;
const FORMULA = /^(?:[\t\r]|[\s\u180E\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

describe("what a hostile workbook's text becomes in the reports", () => {
  test("property: the text report holds no control or bidi character, and one line per issue", () => {
    fc.assert(
      fc.property(report, fc.constantFrom("vi" as const, "en" as const), (r, lang) => {
        const text = formatText(r, lang);
        expect(text).not.toMatch(HIDDEN);
        expect(text).not.toMatch(/[\t\r]/);
        expect(text.split("\n")).toHaveLength(8);
      }),
    );
  });

  test("property: every CSV record has every column, none starts a formula, none holds a hidden character", () => {
    const delimiters = Object.keys(CSV_DELIMITERS) as CsvDelimiter[];
    fc.assert(
      fc.property(report, fc.constantFrom(...delimiters), fc.constantFrom("vi" as const, "en" as const), (r, delimiter, lang) => {
        const records = readCsv(formatCsv(r, { lang, delimiter }), CSV_DELIMITERS[delimiter]);
        expect(records).toHaveLength(3);
        for (const record of records) {
          expect(record).toHaveLength(13);
          for (const field of record) {
            expect(field).not.toMatch(HIDDEN);
            if (!field.startsWith("'")) expect(field).not.toMatch(FORMULA);
          }
        }
      }),
    );
  });
});
