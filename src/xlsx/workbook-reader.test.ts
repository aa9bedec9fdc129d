import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import type { WorkbookInput } from "../core/grid/types";
import { DEFAULT_LIMITS } from "./limits";
import { readWorkbookBytes } from "./read-workbook";
import { sheetToInput, usedRange } from "./sheet-to-input";
import { handMadeWorkbook, relationships, row } from "../../test/support/xlsx/workbook-parts";

/** The engine's input as exceljs's whole-file model gives it: what the task pane's reader still uses. */
async function throughExceljs(bytes: Buffer, file: string): Promise<WorkbookInput> {
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { file, sheets: book.worksheets.map((ws) => sheetToInput(ws, usedRange(ws))) };
}

async function streamed(bytes: Buffer, file: string): Promise<WorkbookInput> {
  const read = await readWorkbookBytes(bytes, file, DEFAULT_LIMITS);
  if (!read.ok) throw new Error(`${file}: ${read.problem.code}`);
  return read.workbook;
}

/**
 * exceljs turns a date cell into a JS Date, rounded to the millisecond, and the serial is taken back from
 * it; the streaming reader keeps the serial the file holds. Numbers are compared to the millisecond.
 */
const toMilliseconds = (input: WorkbookInput): unknown =>
  JSON.parse(JSON.stringify(input), (_, value: unknown) =>
    typeof value === "number" ? Math.round(value * 86_400_000) / 86_400_000 : value,
  );

async function expectSameInput(bytes: Buffer, file: string): Promise<WorkbookInput> {
  const input = await streamed(bytes, file);
  expect(toMilliseconds(input)).toEqual(toMilliseconds(await throughExceljs(bytes, file)));
  return input;
}

const SAMPLES = path.join(__dirname, "../../samples");
const sampleFiles = ["", "programme", "layouts"].flatMap((folder) =>
  readdirSync(path.join(SAMPLES, folder))
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => path.join(folder, name)),
);

describe("the streaming reader gives the engine what exceljs's whole-file model gives", () => {
  test.each(sampleFiles)("samples/%s", async (file) => {
    const input = await expectSameInput(readFileSync(path.join(SAMPLES, file)), file);
    expect(input.sheets.length).toBeGreaterThan(0);
  });

  test("a roster away from A1 with merges, a table, rich text, errors, formulas, dates, fonts and styled blanks", async () => {
    const book = new Workbook();
    const ws = book.addWorksheet("Danh sách");
    ws.getCell("C3").value = "DANH SÁCH CÁN BỘ";
    ws.mergeCells("C3:H3");
    ["STT", "Họ và tên", "Ngày sinh", "Điểm", "Ghi chú", "Tổng"].forEach((label, i) => {
      ws.getCell(5, 3 + i).value = label;
    });
    ws.getCell("D5").font = { name: "Times New Roman", bold: true };
    ws.getCell("C6").value = 1;
    ws.getCell("D6").value = { richText: [{ text: "Nguy", font: { name: ".VnTime" } }, { text: "Ôn V¨n A" }] };
    ws.getCell("E6").value = new Date(Date.UTC(1990, 4, 12));
    ws.getCell("E6").numFmt = "dd/mm/yyyy";
    ws.getCell("F6").value = 7.25;
    ws.getCell("F6").numFmt = "0.00";
    ws.getCell("G6").value = { error: "#REF!" };
    ws.getCell("H6").value = { formula: "F6*2", result: 14.5 };
    ws.getCell("C7").value = 2;
    ws.getCell("D7").value = "Trần Thị Bình";
    ws.getCell("E7").value = { formula: "DATE(1991,2,3)", result: new Date(Date.UTC(1991, 1, 3)) };
    ws.getCell("E7").numFmt = "dd/mm/yyyy";
    ws.getCell("F7").value = true;
    ws.getCell("G7").value = { formula: '"x"&"y"', result: "xy" };
    ws.getCell("H7").value = { formula: "F7*2" };
    ws.getCell("D8").value = { text: "Hồ sơ", hyperlink: "https://example.gov.vn/ho-so" };
    ws.getCell("E8").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.mergeCells("F8:G9");
    ws.getCell("F8").value = "gộp";
    // A styled blank beyond the last value does not widen the used range.
    ws.getCell("M12").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.addTable({
      name: "Bang1",
      ref: "C14",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "Họ và tên", totalsRowLabel: "Cộng" },
        { name: "Số", totalsRowFunction: "sum" },
      ],
      rows: [
        ["Lê Văn Cường", 1],
        ["Phạm Thị Dung", 2],
      ],
    });
    book.addWorksheet("Trống");
    const input = await expectSameInput(Buffer.from(await book.xlsx.writeBuffer()), "ds.xlsx");
    expect(input.sheets[0]).toMatchObject({
      origin: { row: 3, col: 3 },
      merges: [
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 5, left: 3, bottom: 6, right: 4 },
      ],
      tables: [{ name: "Bang1", top: 11, left: 0, bottom: 13, right: 1, hasHeader: true }],
    });
    expect(input.sheets[0].values[3]).toEqual([1, "NguyÔn V¨n A", 33_005, 7.25, { error: "#REF!" }, 14.5]);
    expect(input.sheets[0].fonts?.[3][1]).toBe(".VnTime");
    expect(input.sheets[1]).toEqual({ name: "Trống", values: [], origin: { row: 1, col: 1 } });
  });

  test("a workbook counting dates from 1904 gives dates counted from 1900, other numbers as they are", async () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const bytes = handMadeWorkbook({
      sheets: [
        {
          name: "DS",
          xml: `<sheetData>${row(1, '<c r="A1" s="1"><v>31543</v></c><c r="B1"><v>1990</v></c>')}</sheetData>`,
        },
      ],
      styles,
      date1904: true,
    });
    const input = await expectSameInput(bytes, "1904.xlsx");
    expect(input.sheets[0].values).toEqual([[33_005, 1990]]);
  });

  test("cells as other writers write them: shared formulas, phonetic runs, no addresses, style 0", async () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<fonts count="2"><font><name val="Calibri"/></font><font><name val="VNI-Times"/></font></fonts>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="14" fontId="1"/></cellXfs></styleSheet>';
    const cells =
      row(2, '<c r="B2" s="1"><v>32640</v></c><c r="C2" s="2"><v>32641</v></c><c r="D2" s="0"><v>5</v></c>') +
      row(
        3,
        '<c r="B3"><f t="shared" ref="B3:B4" si="0">D2+1</f><v>6</v></c><c t="s"><v>0</v></c><c t="s"><v>1</v></c>',
      ) +
      row(4, '<c r="B4"><f t="shared" si="0"/><v>7</v></c><c r="D4" s="2"/>');
    const bytes = handMadeWorkbook({
      sheets: [{ name: "DS", xml: `<sheetData>${cells}</sheetData>` }],
      sharedStrings: [
        '<t>Hà Nội</t><rPh sb="0" eb="1"><t>ハ</t></rPh>',
        '<r><rPr><rFont val="VNI-Times"/></rPr><t>Nguy</t></r><r><t>eãn</t></r>',
      ],
      styles,
    });
    const input = await expectSameInput(bytes, "other.xlsx");
    expect(input.sheets[0]).toMatchObject({
      origin: { row: 2, col: 2 },
      values: [
        [32_640, 32_641, 5],
        [6, "Hà Nội", "Nguyeãn"],
        [7, null, null],
      ],
      numberFormats: [
        ["dd/mm/yyyy", "mm-dd-yy", null],
        [null, null, null],
        [null, null, null],
      ],
      fonts: [
        ["Calibri", "VNI-Times", null],
        [null, null, "VNI-Times"],
        [null, null, null],
      ],
    });
  });
});

describe("rows as files write them, in any order", () => {
  const read = async (cells: string, maxCells = DEFAULT_LIMITS.maxCells) =>
    readWorkbookBytes(
      handMadeWorkbook({ sheets: [{ name: "DS", xml: `<sheetData>${cells}</sheetData>` }] }),
      "ds.xlsx",
      {
        ...DEFAULT_LIMITS,
        maxCells,
      },
    );

  test("cells written right to left, and a row written twice (its last writing counts, as in Excel)", async () => {
    const cells =
      row(1, '<c r="C1"><v>3</v></c><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1"><v>2</v></c>') +
      row(2, '<c r="B2"><v>5</v></c>') +
      row(2, '<c r="A2"><v>7</v></c>');
    expect(await read(cells)).toMatchObject({
      ok: true,
      workbook: {
        sheets: [
          {
            origin: { row: 1, col: 1 },
            values: [
              ["Họ và tên", 2, 3],
              [7, null, null],
            ],
          },
        ],
      },
    });
  });

  test("a row holding A1 and XFD1 alone is refused by the cell limit as it is read, before the row is made", async () => {
    const wide = row(1, '<c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c>');
    expect(await read(wide, 10_000)).toEqual({
      ok: false,
      problem: { code: "too-many-cells", cells: 16_384, limit: 10_000 },
    });
    // The same span written right to left.
    const backwards = row(1, '<c r="XFD1"><v>2</v></c><c r="A1"><v>1</v></c>');
    expect(await read(backwards, 10_000)).toEqual({
      ok: false,
      problem: { code: "too-many-cells", cells: 16_384, limit: 10_000 },
    });
    expect(await read(wide, 16_384)).toMatchObject({ ok: true });
  });

  test("a reference past column XFD, then a cell at the row's start, is refused before the gap between is made", async () => {
    const beyond = row(1, '<c r="AAAAAAA1"><v>2</v></c><c r="A1"><v>1</v></c>');
    expect(await read(beyond)).toEqual({
      ok: false,
      problem: { code: "too-many-cells", cells: 321_272_407, limit: DEFAULT_LIMITS.maxCells },
    });
  });
});

describe("where exceljs's model was wrong, the streaming reader reads what Excel shows", () => {
  test("a table part without headerRowCount has its header row (Excel writes the count only when it is not 1)", async () => {
    const table =
      '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Bang1" displayName="Bang1" ref="A1:B3"><tableColumns count="2"><tableColumn id="1" name="Họ và tên"/><tableColumn id="2" name="Số"/></tableColumns></table>';
    const cells = [
      row(1, '<c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Số</t></is></c>'),
      row(3, '<c r="B3"><v>1</v></c>'),
    ];
    const bytes = handMadeWorkbook({
      sheets: [
        {
          name: "DS",
          xml: `<sheetData>${cells.join("")}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts>`,
          rels: relationships([{ id: "rId1", type: "table", target: "../tables/table1.xml" }]),
        },
      ],
      extra: [{ name: "xl/tables/table1.xml", data: table }],
    });
    expect((await throughExceljs(bytes, "t.xlsx")).sheets[0].tables).toEqual([
      { top: 0, left: 0, bottom: 2, right: 1, name: "Bang1", hasHeader: false },
    ]);
    expect((await streamed(bytes, "t.xlsx")).sheets[0].tables).toEqual([
      { top: 0, left: 0, bottom: 2, right: 1, name: "Bang1", hasHeader: true },
    ]);
  });

  test("text is unescaped once: `&amp;lt;` is the text &lt;, and _x000D_ in inline text a carriage return", async () => {
    const bytes = handMadeWorkbook({
      sheets: [
        {
          name: "DS",
          xml: `<sheetData>${row(1, '<c r="A1" t="str"><v>a &amp;lt; b</v></c><c r="B1" t="inlineStr"><is><t>dòng 1_x000D_dòng 2</t></is></c>')}</sheetData>`,
        },
      ],
    });
    // exceljs decodes the XML entities of a str cell a second time and leaves _x000D_ in inline text.
    expect((await throughExceljs(bytes, "s.xlsx")).sheets[0].values).toEqual([["a < b", "dòng 1_x000D_dòng 2"]]);
    expect((await streamed(bytes, "s.xlsx")).sheets[0].values).toEqual([["a &lt; b", "dòng 1\rdòng 2"]]);
  });

  test("a formula's text result in a date-formatted cell is its text", async () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><name val="Calibri"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellXfs></styleSheet>';
    const bytes = handMadeWorkbook({
      sheets: [
        {
          name: "DS",
          xml: `<sheetData>${row(1, '<c r="A1" s="1" t="str"><f>TEXT(B1,"dd/mm/yyyy")</f><v>12/05/1990</v></c>')}</sheetData>`,
        },
      ],
      styles,
    });
    // exceljs takes any result of a date-formatted formula for a serial and gives an invalid date.
    expect((await throughExceljs(bytes, "f.xlsx")).sheets[0].values).toEqual([[null]]);
    expect((await streamed(bytes, "f.xlsx")).sheets[0].values).toEqual([["12/05/1990"]]);
  });
});
