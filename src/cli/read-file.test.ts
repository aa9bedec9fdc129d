import { writeFileSync } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { ymdToSerial } from "../core/dates";
import type { SheetInput } from "../core/grid/types";
import { DEFAULT_LIMITS } from "../xlsx/limits";
import { openWorkbook, readWorkbook } from "./read-file";
import type { ReadResult } from "../xlsx/read-workbook";
import { hugeCellBook } from "../../test/support/cli/hostile-book";
import { useTempDir } from "../../test/support/cli/temp-dir";

const tempDir = useTempDir();

async function save(name: string, build: (book: Workbook) => void): Promise<string> {
  const book = new Workbook();
  build(book);
  const file = path.join(tempDir(), name);
  await book.xlsx.writeFile(file);
  return file;
}

async function readSheets(file: string): Promise<SheetInput[]> {
  const read = await readWorkbook(file, "ds.xlsx", DEFAULT_LIMITS);
  if (!read.ok) throw new Error(`unexpected problem ${read.problem.code}`);
  return [...read.workbook.sheets];
}

function problemOf(read: ReadResult): string | null {
  return read.ok ? null : read.problem.code;
}

describe("readWorkbook: values as the engine needs them", () => {
  let sheet: SheetInput;
  beforeAll(async () => {
    const file = await save("values.xlsx", (book) => {
      const ws = book.addWorksheet("Danh sách");
      ws.getCell("B3").value = "Họ và tên";
      ws.getCell("C3").value = 42;
      ws.getCell("D3").value = true;
      ws.getCell("B4").value = new Date(Date.UTC(1986, 1, 28));
      ws.getCell("B4").numFmt = "dd/mm/yyyy";
      ws.getCell("C4").value = { formula: "C3*2", result: 84 };
      ws.getCell("D4").value = { formula: "NOW()" };
      ws.getCell("B5").value = { error: "#REF!" };
      ws.getCell("C5").value = { formula: "VLOOKUP(1,A:A,2,0)", result: { error: "#N/A" } };
      ws.getCell("D5").value = { richText: [{ text: "Nông " }, { text: "Văn Thành", font: { bold: true } }] };
      ws.getCell("B6").value = { text: "Quyết định 125-QĐ/TU", hyperlink: "https://example.org/125" };
      ws.getCell("C6").value = "N«ng V¨n Thµnh";
      ws.getCell("C6").font = { name: ".VnTime" };
      ws.getCell("D6").value = { richText: [{ text: "Nguyeãn Vaên An", font: { name: "VNI-Times" } }] };
      ws.getCell("B7").value = { formula: "B4", result: new Date(Date.UTC(2019, 4, 9)) };
      ws.getCell("B7").numFmt = "dd/mm/yyyy";
    });
    [sheet] = await readSheets(file);
  });

  test("the grid starts at the first used cell, and the origin says where", () => {
    expect(sheet.name).toBe("Danh sách");
    expect(sheet.origin).toEqual({ row: 3, col: 2 });
    expect(sheet.values).toHaveLength(5);
    expect(sheet.values[0]).toEqual(["Họ và tên", 42, true]);
  });

  test("dates become the Excel serials stored in the file, keeping their number format", () => {
    expect(sheet.values[1][0]).toBe(ymdToSerial({ y: 1986, m: 2, d: 28 }));
    expect(sheet.numberFormats?.[1][0]).toBe("dd/mm/yyyy");
    expect(sheet.values[4][0]).toBe(ymdToSerial({ y: 2019, m: 5, d: 9 }));
  });

  test("formulas give their cached result, or nothing when the file holds none", () => {
    expect(sheet.values[1][1]).toBe(84);
    expect(sheet.values[1][2]).toBeNull();
  });

  test("error cells and error results come out as {error}", () => {
    expect(sheet.values[2][0]).toEqual({ error: "#REF!" });
    expect(sheet.values[2][1]).toEqual({ error: "#N/A" });
  });

  test("rich text is joined and a hyperlink gives its text", () => {
    expect(sheet.values[2][2]).toBe("Nông Văn Thành");
    expect(sheet.values[3][0]).toBe("Quyết định 125-QĐ/TU");
  });

  test("font names come from the cell, or from its first rich-text run", () => {
    expect(sheet.values[3][1]).toBe("N«ng V¨n Thµnh");
    expect(sheet.fonts?.[3][1]).toBe(".VnTime");
    expect(sheet.fonts?.[3][2]).toBe("VNI-Times");
    expect(sheet.fonts?.[0][1]).toBeNull();
  });

  test("every layer has the shape of the values", () => {
    const shape = (grid: readonly (readonly unknown[])[] | undefined) => grid?.map((row) => row.length);
    expect(shape(sheet.numberFormats)).toEqual(shape(sheet.values));
    expect(shape(sheet.fonts)).toEqual(shape(sheet.values));
  });
});

describe("readWorkbook: merged cells, tables and empty sheets", () => {
  let sheets: SheetInput[];
  beforeAll(async () => {
    const file = await save("layout.xlsx", (book) => {
      const ws = book.addWorksheet("DS");
      ws.getCell("A2").value = "Họ và tên";
      ws.mergeCells("A2:A3");
      ws.getCell("B2").value = "Ngày, tháng, năm sinh";
      ws.mergeCells("B2:C2");
      ws.getCell("B3").value = "Nam";
      ws.getCell("C3").value = "Nữ";
      const table = book.addWorksheet("Bảng");
      table.addTable({
        name: "DanhSach",
        ref: "B2",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Họ và tên", totalsRowLabel: "Tổng cộng" },
          { name: "Năm sinh", totalsRowFunction: "count" },
        ],
        rows: [
          ["Hoàng Thị Lan", 1990],
          ["Bế Văn Hùng", 1988],
        ],
      });
      book.addWorksheet("Trống");
    });
    sheets = await readSheets(file);
  });

  test("a merge is an area of the grid, and only its top-left cell holds the value", () => {
    const [ws] = sheets;
    expect(ws.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 0, right: 2 },
      ]),
    );
    expect(ws.values[0]).toEqual(["Họ và tên", "Ngày, tháng, năm sinh", null]);
    expect(ws.values[1]).toEqual([null, "Nam", "Nữ"]);
  });

  test("a table gives its header and data rows, without its totals row", () => {
    const ws = sheets[1];
    expect(ws.origin).toEqual({ row: 2, col: 2 });
    expect(ws.tables).toEqual([{ name: "DanhSach", hasHeader: true, top: 0, left: 0, bottom: 2, right: 1 }]);
    expect(ws.values[1]).toEqual(["Hoàng Thị Lan", 1990]);
  });

  test("an empty sheet is kept, with no cells", () => {
    expect(sheets[2]).toMatchObject({ name: "Trống", values: [] });
  });
});

describe("readWorkbook: files that cannot be read", () => {
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(tempDir(), name);
    writeFileSync(file, bytes);
    return file;
  };

  test("a missing file", async () => {
    expect(problemOf(await readWorkbook(path.join(tempDir(), "missing.xlsx"), "missing.xlsx", DEFAULT_LIMITS))).toBe(
      "not-found",
    );
  });

  test("an empty file", async () => {
    expect(problemOf(await readWorkbook(write("empty.xlsx", Buffer.alloc(0)), "empty.xlsx", DEFAULT_LIMITS))).toBe(
      "empty",
    );
  });

  test("an encrypted workbook or old .xls (OLE compound file)", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(problemOf(await readWorkbook(write("secret.xlsx", ole), "secret.xlsx", DEFAULT_LIMITS))).toBe("encrypted");
  });

  test("random bytes and a text file renamed .xlsx", async () => {
    const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251));
    expect(problemOf(await readWorkbook(write("noise.xlsx", noise), "noise.xlsx", DEFAULT_LIMITS))).toBe("not-xlsx");
    const csv = Buffer.from("Họ và tên,Năm sinh\nHoàng Thị Lan,1990\n");
    expect(problemOf(await readWorkbook(write("csv.xlsx", csv), "csv.xlsx", DEFAULT_LIMITS))).toBe("not-xlsx");
  });

  test("a zip that holds no worksheet (another document renamed .xlsx)", async () => {
    const book = new Workbook();
    book.addWorksheet("DS");
    const zip = Buffer.from(await book.xlsx.writeBuffer());
    const file = write("zip.xlsx", zip);
    const read = await readWorkbook(file, "zip.xlsx", DEFAULT_LIMITS);
    expect(read.ok).toBe(true);
    // The same archive with its workbook part renamed, as for a document that is not a spreadsheet.
    const renamed = write(
      "other.xlsx",
      Buffer.from(zip.toString("latin1").split("xl/workbook.xml").join("xl/document.xm_"), "latin1"),
    );
    expect(problemOf(await readWorkbook(renamed, "other.xlsx", DEFAULT_LIMITS))).toBe("no-sheets");
  });

  test("a truncated workbook", async () => {
    const book = new Workbook();
    book.addWorksheet("DS").getCell("A1").value = "Họ và tên";
    const whole = Buffer.from(await book.xlsx.writeBuffer());
    const file = write("truncated.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
    expect(problemOf(await readWorkbook(file, "truncated.xlsx", DEFAULT_LIMITS))).toBe("corrupt");
  });

  test("a file over the size limit is refused before it is read", async () => {
    const file = await save("big.xlsx", (book) => {
      book.addWorksheet("DS").getCell("A1").value = "x".repeat(5000);
    });
    const read = await readWorkbook(file, "big.xlsx", { ...DEFAULT_LIMITS, maxFileBytes: 1000 });
    expect(read).toMatchObject({ ok: false, problem: { code: "too-large", limit: 1000 } });
  });

  test("a workbook over the cell limit", async () => {
    const file = await save("wide.xlsx", (book) => {
      const ws = book.addWorksheet("DS");
      ws.getCell("A1").value = "Họ và tên";
      ws.getCell("J100").value = 1;
    });
    const read = await readWorkbook(file, "wide.xlsx", { ...DEFAULT_LIMITS, maxCells: 999 });
    expect(read).toMatchObject({ ok: false, problem: { code: "too-many-cells", cells: 1000, limit: 999 } });
  });
});

describe("openWorkbook: a part too large to take in at once", () => {
  test("is refused before it is unzipped when, as text, it could take half the memory limit", async () => {
    const file = await hugeCellBook(tempDir(), "o-qua-lon.xlsx", 300_000);
    expect(await openWorkbook(file, "o-qua-lon.xlsx", { ...DEFAULT_LIMITS, maxMemoryMb: 1 })).toEqual({
      ok: false,
      problem: { code: "out-of-memory", limitMb: 1 },
    });
    expect((await openWorkbook(file, "o-qua-lon.xlsx", DEFAULT_LIMITS)).ok).toBe(true);
  });

  test("only for writing a copy: the streaming reader takes no part whole and reads the same file", async () => {
    const file = await hugeCellBook(tempDir(), "o-qua-lon.xlsx", 300_000);
    expect((await readWorkbook(file, "o-qua-lon.xlsx", { ...DEFAULT_LIMITS, maxMemoryMb: 1 })).ok).toBe(true);
  });
});
