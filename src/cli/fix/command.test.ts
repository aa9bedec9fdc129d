import * as path from "path";
import { ValueType, Workbook } from "exceljs";
import type { Report } from "../../core/report/types";
import { sha256 } from "../../../test/support/cli/file-hash";
import { cli } from "../../../test/support/cli/run-cli";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import { cellsOf, changeLog } from "../../../test/support/cli/workbook-cells";

const tempDir = useTempDir();

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const TNR = { name: "Times New Roman", size: 12 };

/**
 * A roster with the hard cases: legacy text in a bold, coloured legacy font; VNI pasted as rich text; a
 * text date; a formula whose result has stray spaces; a link whose text has them; a note that would be a
 * formula; a TCVN3 capitals cell; and a cover sheet with legacy text that is no roster.
 */
async function hardRoster(name: string): Promise<string> {
  const book = new Workbook();
  const ws = book.addWorksheet("DS");
  ws.addRow([
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Dân tộc",
    "Chương trình đào tạo",
    "Số quyết định",
    "Ngày quyết định",
    "Ghi chú",
  ]);
  ws.addRow([
    1,
    "  NguyÔn  V¨n B×nh ",
    day(1985, 3, 12),
    "Nam",
    "Tày",
    "Thạc sĩ Quản lý công",
    "125-QĐ/TU",
    day(2019, 8, 15),
    "  =1+1",
  ]);
  ws.addRow([2, null, day(1990, 5, 12), "Nữ", "Tay", "Cao cấp lý luận chính trị", "126-QĐ/TU", day(2019, 8, 15), null]);
  ws.addRow([
    3,
    "Hoàng Thị Bích".normalize("NFD"),
    "05/11/1990",
    "Nữ",
    "Nùng",
    "Thạc sĩ Y tế công cộng",
    "127-QĐ/TU",
    day(2019, 8, 15),
    null,
  ]);
  ws.addRow([
    4,
    "nguyÔn v¨n an",
    day(1987, 11, 3),
    "Nam",
    "Tày",
    "Tiến sĩ Kinh tế",
    "128-QĐ/TU",
    day(2019, 8, 15),
    null,
  ]);
  ws.addRow([
    5,
    "Bế Văn Hùng",
    day(1988, 1, 20),
    "Nam",
    "Nùng",
    "Thạc sĩ Luật",
    "129-QĐ/TU",
    day(2019, 8, 15),
    "Học tập trung",
  ]);
  ws.eachRow((row) => row.eachCell((cell) => (cell.font = TNR)));
  for (const col of [3, 8])
    ws.getColumn(col).eachCell((cell, row) => row > 1 && row !== 4 && (cell.numFmt = "dd/mm/yyyy"));
  ws.getCell("B2").font = { name: ".VnTime", size: 13, bold: true, color: { argb: "FFC00000" } };
  ws.getCell("B3").value = {
    richText: [
      { text: "Löông Thò ", font: { name: "VNI-Times", size: 14 } },
      { text: "Hueä", font: { name: "VNI-Times", size: 14, bold: true } },
    ],
  };
  ws.getCell("B5").font = { name: ".VnTimeH", size: 12 };
  ws.getCell("I3").value = { formula: '"  Học  tập "&"trung"', result: "  Học  tập trung" };
  ws.getCell("I4").value = { text: " Xem  quyết định ", hyperlink: "https://example.gov.vn/qd-127" };
  book.addWorksheet("Bìa").addRow(["Danh s¸ch c¸n bé", "NguyÔn V¨n A  "]);
  const file = path.join(tempDir(), name);
  await book.xlsx.writeFile(file);
  return file;
}

describe("cadre-roster fix on hard cases", () => {
  let input: string;
  let output: string;
  let hash: string;
  let result: { code: number; out: string; err: string };

  beforeAll(async () => {
    input = await hardRoster("kho.xlsx");
    hash = sha256(input);
    output = path.join(tempDir(), "kho-da-sua.xlsx");
    result = await cli(["fix", "--out", output, input]);
  });

  test("writes the copy and leaves the input's bytes alone", () => {
    expect(result.code).toBe(0);
    expect(sha256(input)).toBe(hash);
    expect(result.out).toContain(`Đã ghi bản sửa vào "${output}": 8 ô đã sửa`);
  });

  test("a converted TCVN3 cell reads exactly right, in Times New Roman, keeping its size, weight and colour", async () => {
    const book = new Workbook();
    await book.xlsx.readFile(output);
    const cell = book.getWorksheet("DS")?.getCell("B2");
    expect(cell?.value).toBe("Nguy\u1EC5n V\u0103n B\u00ECnh");
    expect(cell?.font).toEqual({
      name: "Times New Roman",
      size: 13,
      bold: true,
      color: { argb: "FFC00000" },
      family: 1,
    });
  });

  test("VNI pasted as rich text becomes plain Unicode text in Times New Roman at the runs' size; capitals-font text becomes capitals", async () => {
    const cells = await cellsOf(output);
    expect(JSON.parse(cells.get("DS!B3")?.value ?? "")).toBe("Lương Thị Huệ");
    expect(JSON.parse(cells.get("DS!B3")?.style ?? "").font).toMatchObject({ name: "Times New Roman", size: 14 });
    expect(JSON.parse(cells.get("DS!B5")?.value ?? "")).toBe("NGUYỄN VĂN AN");
  });

  test("hostile text stays text: the tidied note and its log entries read back as strings, never formulas", async () => {
    const book = new Workbook();
    await book.xlsx.readFile(output);
    const cell = book.getWorksheet("DS")?.getCell("I2");
    expect([cell?.type, cell?.value]).toEqual([ValueType.String, "=1+1"]);
    const log = await changeLog(output);
    const row = log.rows.findIndex((r) => r[1] === "I2");
    expect(log.rows[row].slice(2, 4)).toEqual(["  =1+1", "=1+1"]);
    expect(log.types[row].slice(2, 4)).toEqual([ValueType.String, ValueType.String]);
  });

  test("a formula is never replaced by a value: its cell is named as skipped and keeps its formula", async () => {
    const book = new Workbook();
    await book.xlsx.readFile(output);
    expect(book.getWorksheet("DS")?.getCell("I3").value).toEqual({
      formula: '"  Học  tập "&"trung"',
      result: "  Học  tập trung",
    });
    expect(result.out).toContain("Không sửa các ô chứa công thức (cần sửa công thức): DS!I3.");
  });

  test("a link keeps its target with tidied text; a text date becomes a real date", async () => {
    const cells = await cellsOf(output);
    expect(JSON.parse(cells.get("DS!I4")?.value ?? "")).toEqual({
      text: "Xem quyết định",
      hyperlink: "https://example.gov.vn/qd-127",
    });
    expect(JSON.parse(cells.get("DS!C4")?.value ?? "")).toBe("1990-11-05T00:00:00.000Z");
    expect(JSON.parse(cells.get("DS!C4")?.style ?? "").numFmt).toBe("dd/mm/yyyy");
  });

  test("only roster cells with issues change: the cover sheet and every other cell are as they were", async () => {
    const before = await cellsOf(input);
    const after = await cellsOf(output);
    const changed = [...before.keys()].filter(
      (key) => JSON.stringify(before.get(key)) !== JSON.stringify(after.get(key)),
    );
    expect(changed.sort()).toEqual(["DS!B2", "DS!B3", "DS!B4", "DS!B5", "DS!C4", "DS!E3", "DS!I2", "DS!I4"]);
    const logged = (await changeLog(output)).rows.map((r) => `${String(r[0])}!${String(r[1])}`);
    expect(logged.sort()).toEqual(changed);
  });

  test("checking the copy finds nothing fixable left but the formula's result", async () => {
    const report = JSON.parse((await cli(["check", "--json", output])).out) as Report;
    const fixable = report.files[0].sheets.flatMap((s) =>
      s.issues.filter((i) => i.fix !== undefined).map((i) => `${s.sheet}!${i.cell} ${i.rule}`),
    );
    expect(fixable).toEqual(["DS!I3 whitespace"]);
  });

  test("repairing the copy again adds a second log sheet, with no change in it", async () => {
    const again = path.join(tempDir(), "kho-lan-2.xlsx");
    expect((await cli(["fix", "--out", again, output])).code).toBe(0);
    expect((await changeLog(again, "Nhật ký sửa (2)")).rows).toEqual([]);
    expect((await changeLog(again)).rows).toHaveLength(8);
  });
});
