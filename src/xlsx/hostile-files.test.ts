import { DEFAULT_LIMITS, type Limits } from "./limits";
import { openWorkbookBytes, readWorkbookBytes } from "./read-workbook";
import { handMadeWorkbook, relationships, row, workbookEntries } from "../../test/support/xlsx/workbook-parts";
import { writeZip } from "../../test/support/xlsx/zip-writer";

const problemOf = async (bytes: Buffer, limits: Limits = DEFAULT_LIMITS) => {
  const read = await readWorkbookBytes(bytes, "hostile.xlsx", limits);
  return read.ok ? null : read.problem;
};

const NAMES = row(1, '<c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c>');
const MB = 1024 * 1024;

describe("hostile workbooks are refused as they are read, each with its reason", () => {
  test("a sheet whose zip headers under-declare its size (a zip bomb) stops at the part limit", async () => {
    const bytes = writeZip(
      workbookEntries({ sheets: [{ name: "DS", xml: `<sheetData>${NAMES}</sheetData>${" ".repeat(24 * MB)}` }] }).map(
        (entry) => (entry.name.endsWith("sheet1.xml") ? { ...entry, declaredSize: 100 } : entry),
      ),
    );
    expect(bytes.length).toBeLessThan(64 * 1024);
    expect(await problemOf(bytes, { ...DEFAULT_LIMITS, maxPartBytes: 4 * MB })).toEqual({
      code: "part-too-large",
      part: "xl/worksheets/sheet1.xml",
      limit: 4 * MB,
    });
  });

  test.each([
    ["spaces after the cells", `<sheetData>${NAMES}</sheetData>${" ".repeat(4 * MB)}`],
    ["spaces between rows", `<sheetData>${NAMES}${" ".repeat(4 * MB)}</sheetData>`],
    ["a comment", `<sheetData>${NAMES}</sheetData><!--${"x".repeat(4 * MB)}-->`],
    [
      "a CDATA section",
      `<sheetData>${NAMES}<row r="2"><c r="A2" t="str"><v><![CDATA[${"x".repeat(4 * MB)}]]></v></c></row></sheetData>`,
    ],
    [
      "one cell's value",
      `<sheetData>${NAMES}<row r="2"><c r="A2" t="str"><v>${"7".repeat(4 * MB)}</v></c></row></sheetData>`,
    ],
  ])("text running on without a tag past the text limit (%s) is refused as it is read", async (_, xml) => {
    const bytes = handMadeWorkbook({ sheets: [{ name: "DS", xml }] });
    expect(await problemOf(bytes, { ...DEFAULT_LIMITS, maxSharedStringChars: MB })).toEqual({
      code: "too-much-text",
      limit: MB,
    });
  });

  test("parts each under their limit stop at the limit for all of them together", async () => {
    const padded = (n: number) => ({ name: `S${n}`, xml: `<sheetData>${NAMES}</sheetData>${" ".repeat(3 * MB)}` });
    const bytes = handMadeWorkbook({ sheets: [1, 2, 3, 4].map(padded) });
    expect(await problemOf(bytes, { ...DEFAULT_LIMITS, maxPartBytes: 4 * MB, maxUnzippedBytes: 10 * MB })).toEqual({
      code: "too-large-unzipped",
      limit: 10 * MB,
    });
  });

  test("an end record that counts fewer entries than the zip holds hides nothing", async () => {
    const entries = workbookEntries({ sheets: [{ name: "DS", xml: `<sheetData>${NAMES}</sheetData>` }] });
    const honest = writeZip(entries, { declaredCount: 1 });
    expect(await readWorkbookBytes(honest, "ds.xlsx", DEFAULT_LIMITS)).toMatchObject({
      ok: true,
      workbook: { sheets: [{ name: "DS", values: [["Họ và tên"]] }] },
    });
    const bomb = writeZip(
      entries.map((entry) =>
        entry.name.endsWith("sheet1.xml")
          ? { ...entry, data: `${entry.data}`.replace("</worksheet>", `${" ".repeat(8 * MB)}</worksheet>`) }
          : entry,
      ),
      { declaredCount: 1 },
    );
    expect(await problemOf(bomb, { ...DEFAULT_LIMITS, maxPartBytes: 4 * MB })).toMatchObject({
      code: "part-too-large",
    });
  });

  test("a hundred thousand cells in a small file stop at the cell limit, before the used range is known", async () => {
    const cells = Array.from({ length: 2000 }, (_, r) => row(r + 1, '<c t="n"><v>1</v></c>'.repeat(50))).join("");
    const bytes = handMadeWorkbook({ sheets: [{ name: "DS", xml: `<sheetData>${cells}</sheetData>` }] });
    expect(await problemOf(bytes, { ...DEFAULT_LIMITS, maxCells: 10_000 })).toEqual({
      code: "too-many-cells",
      cells: null,
      limit: 10_000,
    });
  });

  test("one merge over the rest of the sheet (D5:XFD1048576) is measured, not expanded, and refused", async () => {
    const bytes = handMadeWorkbook({
      sheets: [
        {
          name: "DS",
          xml: `<sheetData>${NAMES}</sheetData><mergeCells count="1"><mergeCell ref="D5:XFD1048576"/></mergeCells>`,
        },
      ],
    });
    expect(bytes.length).toBeLessThan(2048);
    expect(await problemOf(bytes)).toEqual({
      code: "too-many-cells",
      cells: 1_048_576 * 16_384,
      limit: DEFAULT_LIMITS.maxCells,
    });
  });

  test("a data validation and a conditional format over the whole sheet are passed over", async () => {
    const whole = "A1:XFD1048576";
    const bytes = handMadeWorkbook({
      sheets: [
        {
          name: "DS",
          xml:
            `<sheetData>${NAMES}</sheetData>` +
            `<conditionalFormatting sqref="${whole}"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>` +
            `<dataValidations count="1"><dataValidation type="list" sqref="${whole}"><formula1>"Nam,Nữ"</formula1></dataValidation></dataValidations>`,
        },
      ],
    });
    const read = await readWorkbookBytes(bytes, "ds.xlsx", DEFAULT_LIMITS);
    expect(read).toMatchObject({ ok: true, workbook: { sheets: [{ values: [["Họ và tên"]] }] } });
  });

  test("30,000 merged ranges stop at the merge limit", async () => {
    const merges = Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="A${2 * i + 2}:B${2 * i + 2}"/>`).join("");
    const bytes = handMadeWorkbook({
      sheets: [{ name: "DS", xml: `<sheetData>${NAMES}</sheetData><mergeCells>${merges}</mergeCells>` }],
    });
    expect(await problemOf(bytes)).toEqual({ code: "too-many-merges", limit: DEFAULT_LIMITS.maxMerges });
  });

  test("elements nested a million deep stop at the nesting limit", async () => {
    const depth = 1_000_000;
    const bytes = handMadeWorkbook({
      sheets: [
        {
          name: "DS",
          xml: `<sheetData>${NAMES}</sheetData><extLst>${"<a>".repeat(depth)}${"</a>".repeat(depth)}</extLst>`,
        },
      ],
    });
    expect(bytes.length).toBeLessThan(64 * 1024);
    expect(await problemOf(bytes)).toEqual({
      code: "too-deep",
      part: "xl/worksheets/sheet1.xml",
      limit: DEFAULT_LIMITS.maxXmlDepth,
    });
  });

  test("too many shared strings, or too much text in them", async () => {
    const strings = Array.from({ length: 1000 }, (_, i) => `<t>Nguyễn Văn ${i}</t>`);
    const bytes = handMadeWorkbook({
      sheets: [{ name: "DS", xml: `<sheetData>${NAMES}</sheetData>` }],
      sharedStrings: strings,
    });
    expect(await problemOf(bytes, { ...DEFAULT_LIMITS, maxSharedStrings: 999 })).toEqual({
      code: "too-many-strings",
      limit: 999,
    });
    expect(await problemOf(bytes, { ...DEFAULT_LIMITS, maxSharedStringChars: 5000 })).toEqual({
      code: "too-much-text",
      limit: 5000,
    });
  });

  test("a million styles in a small file stop at the limit on a part's lists", async () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>${'<xf numFmtId="0"/>'.repeat(1_000_000)}</cellXfs></styleSheet>`;
    const bytes = handMadeWorkbook({ sheets: [{ name: "DS", xml: `<sheetData>${NAMES}</sheetData>` }], styles });
    expect(bytes.length).toBeLessThan(256 * 1024);
    expect(await problemOf(bytes)).toEqual({
      code: "too-many-entries",
      part: "xl/styles.xml",
      limit: DEFAULT_LIMITS.maxListEntries,
    });
  });

  test("reading stops once its time is spent", async () => {
    const bytes = handMadeWorkbook({ sheets: [{ name: "DS", xml: `<sheetData>${NAMES}</sheetData>` }] });
    expect(await problemOf(bytes, { ...DEFAULT_LIMITS, maxReadMilliseconds: 0 })).toEqual({
      code: "too-slow",
      seconds: 0,
    });
  });

  test("merges that overlap, and a part whose deflated bytes are damaged, make a damaged file", async () => {
    const overlapping = handMadeWorkbook({
      sheets: [
        {
          name: "DS",
          xml: `<sheetData>${NAMES}</sheetData><mergeCells><mergeCell ref="A2:C3"/><mergeCell ref="B3:D4"/></mergeCells>`,
        },
      ],
    });
    expect(await problemOf(overlapping)).toEqual({ code: "corrupt", detail: null });
    const whole = handMadeWorkbook({ sheets: [{ name: "DS", xml: `<sheetData>${NAMES}</sheetData>` }] });
    // The sheet's deflated bytes cut in the middle, the zip's directory left whole.
    const cut = Buffer.from(whole);
    const at = cut.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    cut.fill(0, at + 10, at + 30);
    expect(await problemOf(cut)).toMatchObject({ code: "corrupt" });
  });

  test("fix vets every part before exceljs loads the file: a bomb where check never looks is refused", async () => {
    const bytes = handMadeWorkbook({
      sheets: [{ name: "DS", xml: `<sheetData>${NAMES}</sheetData>`, rels: relationships([]) }],
      extra: [{ name: "xl/media/image1.png", data: Buffer.alloc(8 * MB), declaredSize: 10 }],
    });
    const limits = { ...DEFAULT_LIMITS, maxPartBytes: 4 * MB };
    expect((await readWorkbookBytes(bytes, "ds.xlsx", limits)).ok).toBe(true);
    expect(await openWorkbookBytes(bytes, "ds.xlsx", limits)).toEqual({
      ok: false,
      problem: { code: "part-too-large", part: "xl/media/image1.png", limit: 4 * MB },
    });
  });

  test("fix refuses a workbook whose sheets exceljs finds otherwise than the reader, rather than repair the wrong sheet", async () => {
    const sheet = { xml: `<sheetData>${NAMES}</sheetData>` };
    const entries = workbookEntries({
      sheets: [
        { name: "DS", ...sheet },
        { name: "Biểu đồ", ...sheet },
      ],
    }).map((entry) =>
      entry.name === "xl/_rels/workbook.xml.rels"
        ? {
            ...entry,
            data: relationships([
              { id: "rId1", type: "worksheet", target: "worksheets/sheet1.xml" },
              { id: "rId2", type: "chartsheet", target: "worksheets/sheet2.xml" },
            ]),
          }
        : entry,
    );
    const bytes = writeZip(entries);
    expect(await readWorkbookBytes(bytes, "ds.xlsx", DEFAULT_LIMITS)).toMatchObject({
      ok: true,
      workbook: { sheets: [{ name: "DS" }] },
    });
    expect(await openWorkbookBytes(bytes, "ds.xlsx", DEFAULT_LIMITS)).toEqual({
      ok: false,
      problem: { code: "corrupt", detail: null },
    });
  });
});
