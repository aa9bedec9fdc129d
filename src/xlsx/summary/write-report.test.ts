import { ValueType, Workbook, type ConditionalFormattingOptions, type Worksheet } from "exceljs";
import { consolidate } from "../../core/consolidate/consolidate";
import type { CellValue, SheetInput } from "../../core/grid/types";
import { locateRoster } from "../../core/roster";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { readTargets } from "../../core/targets/read-targets";
import { sheetToInput, usedRange } from "../sheet-to-input";
import { reportWorkbook } from "./write-report";

const INJECTED = ['=HYPERLINK("http://example.com","x")', "+1+2", "@SUM(A1)", "-2+3", "=cmd|' /C calc'!A0"];
const SERIAL_1985 = 31118; // 12/03/1985

function roster(rows: CellValue[][]): SheetInput {
  const values: CellValue[][] = [
    ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Chương trình đào tạo", "Lĩnh vực", "Số quyết định"],
    ...rows,
  ];
  const numberFormats = values.map((row, r) =>
    row.map((_, c) =>
      r > 0 && c === 2 && typeof row[c] === "number" && (row[c] as number) > 3000 ? "dd/mm/yyyy" : null,
    ),
  );
  return { name: "Danh sách", values, numberFormats };
}

async function report(): Promise<Workbook> {
  const read = readTargets({
    name: "Chỉ tiêu",
    values: [
      ["Danh mục", "Chương trình", "Lĩnh vực", "Chỉ tiêu"],
      ["Thạc sĩ – Giáo dục", "Thạc sĩ", "Giáo dục", 1],
      ["Cao cấp LLCT", "Cao cấp lý luận chính trị", null, 4],
      [INJECTED[4], "Tiến sĩ", null, null],
    ],
  });
  if (!read.ok) throw new Error(read.problem);
  const result = consolidate(
    [
      {
        file: "=so-giao-duc.xlsx",
        workbook: {
          file: "=so-giao-duc.xlsx",
          sheets: [
            roster([
              [1, "Hoàng Thị Lan", SERIAL_1985, "Nữ", "Thạc sĩ", "Giáo dục", "1/QĐ"],
              [2, INJECTED[0], 1986, "Nam", INJECTED[1], INJECTED[2], "2/QĐ"],
            ]),
          ],
        },
      },
      {
        file: "so-y-te.xlsx",
        workbook: {
          file: "so-y-te.xlsx",
          sheets: [
            roster([
              [1, "Hoàng Thị Lan", SERIAL_1985, "Nữ", "Cao cấp lý luận chính trị", INJECTED[3], "3-QĐ/TU"],
              [2, "Lục\u0007 Văn\u0000 Khánh", 1984, "Nam", "Thạc sĩ", "Y tế", "4/QĐ"],
            ]),
          ],
        },
      },
    ],
    read.targets,
  );
  const book = new Workbook();
  // exceljs declares its own global `Buffer` (an ArrayBuffer), which Node's Buffer type does not match.
  await book.xlsx.load(
    (await reportWorkbook(
      { targetsFile: "chi-tieu.xlsx", targetsSheet: "Chỉ tiêu", targetWarnings: [], term: null, result },
      "vi",
      new Date(2025, 9, 1, 8, 5),
    )) as unknown as ArrayBuffer,
  );
  return book;
}

function allCells(ws: Worksheet): { address: string; type: ValueType; value: unknown; formula?: string }[] {
  const cells: { address: string; type: ValueType; value: unknown; formula?: string }[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) =>
      cells.push({ address: cell.address, type: cell.type, value: cell.value, formula: cell.formula }),
    ),
  );
  return cells;
}

describe("the summary's .xlsx report", () => {
  let book: Workbook;
  beforeAll(async () => {
    book = await report();
  });

  test("holds the achievement report first, then the consolidated roster, the duplicates and each file's findings", () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      "Báo cáo kết quả",
      "Danh sách tổng hợp",
      "Trùng giữa các tệp",
      "Kiểm tra từng tệp",
    ]);
  });

  test("the report reads without the add-in: numbers, plain Excel formulas with their results cached, a percent format", () => {
    const ws = book.getWorksheet("Báo cáo kết quả") as Worksheet;
    expect(ws.getCell("A2").value).toBe(
      "Lập lúc: 08:05 01/10/2025 · Số liệu từ 2 tệp, 3 người · Chỉ tiêu theo chi-tieu.xlsx",
    );
    expect(ws.getRow(4).values).toEqual([
      undefined,
      "Danh mục",
      "Đã cử",
      "Chỉ tiêu",
      "Tỷ lệ so với kế hoạch",
      "Đánh giá",
      "Còn thiếu",
      "Ghi chú",
      undefined,
      "Danh mục (biểu đồ)",
      "Tỷ lệ",
    ]);
    expect([ws.getCell("A5").value, ws.getCell("B5").value, ws.getCell("C5").value]).toEqual([
      "Thạc sĩ – Giáo dục",
      1,
      1,
    ]);
    expect(ws.getCell("D5").value).toEqual({ formula: 'IF(C5>0,B5/C5,"")', result: 1 });
    expect(ws.getCell("D5").numFmt).toBe("0%");
    expect(ws.getCell("E5").value).toMatchObject({ result: "Đạt kế hoạch" });
    expect(ws.getCell("F6").value).toMatchObject({ formula: 'IF(C6>0,MAX(C6-B6,0),"")', result: 3 });
    expect(ws.getCell("G7").value).toBe("Chưa cử người nào");
    const formulas = book.worksheets.flatMap((sheet) =>
      allCells(sheet).filter((cell) => cell.type === ValueType.Formula),
    );
    expect(formulas.length).toBeGreaterThan(0);
    for (const cell of formulas) expect(cell.formula).not.toMatch(/CADRE\./i);
  });

  test("colours mean what they mean in Excel: amber nobody sent, red behind plan, green met", () => {
    const ws = book.getWorksheet("Báo cáo kết quả") as Worksheet;
    // exceljs reads them back but does not declare the property.
    const read = (ws as unknown as { conditionalFormattings: ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = read.flatMap((cf) =>
      cf.rules.map((rule) => [
        cf.ref,
        rule.priority,
        "formulae" in rule ? rule.formulae?.[0] : null,
        (rule.style?.fill as { bgColor?: { argb?: string } } | undefined)?.bgColor?.argb,
      ]),
    );
    expect(rules).toEqual([
      ["A5:G7", 1, "$B5=0", "FFFFEB9C"],
      ["D5:D8", 2, "AND(ISNUMBER($D5),$D5<1)", "FFFFC7CE"],
      ["D5:D8", 3, "AND(ISNUMBER($D5),$D5>=1)", "FFC6EFCE"],
    ]);
  });

  test("text copied from rosters and file names stays text, whatever it starts with", () => {
    const cells = book.worksheets.flatMap((ws) => allCells(ws));
    const values = new Set(cells.map((cell) => cell.value));
    for (const text of INJECTED) expect(values).toContain(text);
    const formulaLike = cells.filter((cell) => typeof cell.value === "string" && /^[=+\-@]/.test(cell.value));
    expect(formulaLike.length).toBeGreaterThanOrEqual(INJECTED.length);
    for (const cell of formulaLike) expect(cell.type).toBe(ValueType.String);
    const roster = book.getWorksheet("Danh sách tổng hợp") as Worksheet;
    expect(roster.getCell("L4").value).toBe("=so-giao-duc.xlsx");
    expect(roster.getCell("L4").type).toBe(ValueType.String);
  });

  test("the consolidated roster names each row's source, is itself a roster the check reads, and keeps dates and years apart", () => {
    const ws = book.getWorksheet("Danh sách tổng hợp") as Worksheet;
    expect(ws.getCell("A1").value).toBe("DANH SÁCH TỔNG HỢP (4 dòng)");
    expect(ws.getRow(3).values).toEqual([
      undefined,
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính",
      "Đơn vị",
      "Cấp",
      "Chương trình",
      "Lĩnh vực",
      "Chuyên ngành",
      "Loại danh sách",
      "Danh mục chỉ tiêu",
      "Tệp nguồn",
      "Trang tính",
      "Dòng",
      "Mục trong danh sách",
    ]);
    expect(ws.getRow(4).values).toEqual([
      undefined,
      1,
      "Hoàng Thị Lan",
      new Date(Date.UTC(1985, 2, 12)),
      "Nữ",
      undefined,
      undefined,
      "Thạc sĩ",
      "Giáo dục",
      undefined,
      "Đào tạo, bồi dưỡng",
      "Thạc sĩ – Giáo dục",
      "=so-giao-duc.xlsx",
      "Danh sách",
      2,
    ]);
    expect([ws.getCell("C4").numFmt, ws.getCell("C5").value, ws.getCell("C5").numFmt]).toEqual([
      "dd/mm/yyyy",
      1986,
      "0",
    ]);
    const layout = locateRoster(sheetToInput(ws, usedRange(ws)), DEFAULT_SETTINGS);
    expect(layout?.kind).toBe("training");
    expect(layout?.columns.map((c) => c.field)).toEqual(
      expect.arrayContaining(["fullName", "birthDate", "gender", "unit", "programme", "field", "major"]),
    );
  });

  test("control characters pasted into a cell are left out, so the workbook stays readable", () => {
    const ws = book.getWorksheet("Danh sách tổng hợp") as Worksheet;
    expect(ws.getColumn(2).values).toContain("Lục Văn Khánh");
  });

  test("duplicates list every place; findings list each file", () => {
    const dups = book.getWorksheet("Trùng giữa các tệp") as Worksheet;
    expect([2, 3].map((r) => [dups.getCell(r, 2).value, dups.getCell(r, 4).value, dups.getCell(r, 6).value])).toEqual([
      ["Hoàng Thị Lan", "=so-giao-duc.xlsx", 2],
      ["Hoàng Thị Lan", "so-y-te.xlsx", 2],
    ]);
    const findings = book.getWorksheet("Kiểm tra từng tệp") as Worksheet;
    expect(findings.getColumn(1).values.slice(2)).toEqual(
      expect.arrayContaining(["=so-giao-duc.xlsx", "so-y-te.xlsx"]),
    );
  });
});
