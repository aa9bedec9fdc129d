import { promises as fs } from "fs";
import * as path from "path";
import { type CellValue as ExcelValue, Workbook, type Worksheet } from "exceljs";
import { fixZipTimes } from "../zip-times";

/**
 * Department workbooks laid out as departments really type them: a title band, headers of three rows
 * with merged group labels, dates in pieces, numbering rows, section headings, subtotals with COUNTA
 * formulas, a header printed again after a page break, a second list under the first and a signature
 * block. One has mistakes planted in it (listed in the README this script writes); one has none.
 */

const WRITTEN = new Date(Date.UTC(2020, 4, 20, 8, 0, 0));
const FONT = { name: "Times New Roman", size: 12 };

type Cell = ExcelValue | { formula: string; result: number };
type Row = Cell[];

interface Planted {
  cell: string;
  rule: string;
  vi: string;
  en: string;
}

interface LayoutSample {
  file: string;
  vi: string;
  en: string;
  rows: Row[];
  merges: [number, number, number, number][];
  planted: Planted[];
}

/** A person under the three-row header: STT, name, Nam day/month/year, Nữ day/month/year, position, content, decision. */
function person(stt: number, name: string, born: [number, number, number], female: boolean, rest: string[]): Row {
  const date = [...born];
  const empty = [null, null, null];
  return [stt, name, ...(female ? empty : date), ...(female ? date : empty), ...rest];
}

const HEADER_TOP: Row = ["STT", "Họ và tên", "Ngày, tháng, năm sinh", null, null, null, null, null, "Chức vụ, đơn vị công tác", "Nội dung đào tạo, bồi dưỡng", "Số, ngày quyết định"];
const HEADER_MID: Row = [null, null, "Nam", null, null, "Nữ"];
const HEADER_LOW: Row = [null, null, "Ngày", "Tháng", "Năm", "Ngày", "Tháng", "Năm"];
const NUMBERING: Row = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"];

/** The header's merges, its top row at Excel row `top`. */
function headerMerges(top: number): [number, number, number, number][] {
  return [
    [top, 1, top + 2, 1],
    [top, 2, top + 2, 2],
    [top, 3, top, 8],
    [top + 1, 3, top + 1, 5],
    [top + 1, 6, top + 1, 8],
    [top, 9, top + 2, 9],
    [top, 10, top + 2, 10],
    [top, 11, top + 2, 11],
  ];
}

const count = (from: number, to: number, result: number): Cell => ({ formula: `COUNTA(B${from}:B${to})`, result });

const MASTERS = "Thạc sĩ Quản lý giáo dục";
const THEORY = "Cao cấp lý luận chính trị";

const CHECKED: LayoutSample = {
  file: "01-van-phong-tinh-uy-nhieu-khoi.xlsx",
  vi: "Danh sách nhiều khối: tiêu đề 3 dòng (Ngày/Tháng/Năm dưới Nam/Nữ), dòng số cột, đề mục I./1., dòng cộng bằng công thức, tiêu đề in lại sau ngắt trang, danh sách dự nguồn bên dưới, chữ ký.",
  en: "A roster by blocks: three-row header (day/month/year under Nam/Nữ), numbering row, headings I./1., subtotals as formulas, the header printed again after a page break, a planning list below, signatures.",
  rows: [
    ["VĂN PHÒNG TỈNH ỦY CAO BẰNG"],
    ["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG NĂM 2020"],
    ["(Kèm theo Công văn số 215-CV/VPTU ngày 20/5/2020)"],
    HEADER_TOP,
    HEADER_MID,
    HEADER_LOW,
    NUMBERING,
    ["I. KHỐI ĐẢNG"],
    ["1. Ban Tổ chức Tỉnh ủy"],
    person(1, "Nông Minh Hùng", [12, 3, 1985], false, ["Chuyên viên", MASTERS, "86-QĐ/BTCTU ngày 05/03/2020"]),
    person(2, "Hoàng Thị Lan", [31, 2, 1990], true, ["Chuyên viên", MASTERS, "86-QĐ/BTCTU ngày 05/03/2020"]),
    [null, "Cộng", null, null, null, null, null, null, null, null, count(10, 11, 2)],
    ["2. Ban Tuyên giáo Tỉnh ủy"],
    person(3, "Nong Van Hung", [3, 11, 1987], false, ["Phó Trưởng phòng", THEORY, "112-QĐ/TU ngày 10/04/2020"]),
    [null, "Cộng: 2 người"],
    HEADER_TOP,
    HEADER_MID,
    HEADER_LOW,
    ["II. KHỐI CHÍNH QUYỀN"],
    person(4, "Lý Thị Mai", [20, 1, 1992], true, ["Chuyên viên Sở Nội vụ", THEORY, "112-QĐ/TU ngày 10/04/2020"]),
    person(5, "Đàm Văn Quang", [14, 7, 1988], false, ["Phó Chánh Văn phòng", MASTERS, "90-QĐ/BTCTU ngày 12/03/2020"]),
    [null, "Cộng", null, null, null, null, null, null, null, null, count(20, 21, 2)],
    [null, "TỔNG CỘNG", null, null, null, null, null, null, null, null, 5],
    [],
    ["DANH SÁCH DỰ NGUỒN CÁN BỘ TRẺ"],
    ["STT", "Họ và tên", "Ngày sinh", "Dân tộc", "Chức vụ", "Chức danh quy hoạch"],
    [1, "Triệu Thị Hoa", "15/08/1991", "Dao", "Chuyên viên", "Phó Trưởng phòng"],
    [2, "Bế Văn Thành", "02/02/1989", "Nùng", "Chuyên viên", "Trưởng phòng"],
    [],
    [null, null, null, null, null, null, null, null, "Cao Bằng, ngày 20 tháng 5 năm 2020"],
    [null, "NGƯỜI LẬP BIỂU", null, null, null, null, null, null, "T/L BAN THƯỜNG VỤ"],
  ],
  merges: [[1, 1, 1, 11], [2, 1, 2, 11], [3, 1, 3, 11], ...headerMerges(4), [8, 1, 8, 11], [9, 1, 9, 11], [13, 1, 13, 11], ...headerMerges(16), [19, 1, 19, 11], [25, 1, 25, 6]],
  planted: [
    { cell: "F11", rule: "invalid-date", vi: "Ngày 31 tháng 2 (ở cột Ngày của Nữ)", en: "31 February (in the Nữ day column)" },
    { cell: "B14", rule: "missing-diacritics", vi: "Tên gõ không dấu: \"Nong Van Hung\"", en: "A name typed without diacritics: \"Nong Van Hung\"" },
    { cell: "B15", rule: "subtotal-mismatch", vi: "Dòng cộng ghi 2 người, phía trên có 1", en: "The subtotal says 2 people, 1 is listed above it" },
    ...[10, 11, 14, 20, 21].map((row) => ({
      cell: `B${row}`,
      rule: "not-in-planning",
      vi: "Cử đi học thạc sĩ hoặc cao cấp lý luận chính trị nhưng không có tên trong danh sách dự nguồn bên dưới",
      en: "Sent for a master's or advanced political theory, yet not in the source-pool list below",
    })),
  ],
};

const CLEAN: LayoutSample = {
  file: "02-so-noi-vu-nhieu-phong.xlsx",
  vi: "Danh sách đúng, cùng các kiểu trình bày: đề mục theo phòng, dòng cộng, tiêu đề 3 dòng, ngày tách cột, số và ngày quyết định chung một cột.",
  en: "A correct roster with the same layouts: headings per office, subtotals, three-row header, dates in pieces, decision number and date in one column.",
  rows: [
    ["SỞ NỘI VỤ TỈNH CAO BẰNG"],
    ["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG NĂM 2020"],
    HEADER_TOP,
    HEADER_MID,
    HEADER_LOW,
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    ["A. Phòng Tổ chức, biên chế"],
    person(1, "Hà Văn Toàn", [9, 9, 1986], false, ["Trưởng phòng", THEORY, "45-QĐ/TU ngày 02/03/2020"]),
    person(2, "Lương Thị Thu", [17, 6, 1991], true, ["Chuyên viên", MASTERS, "46/QĐ-SNV ngày 03/03/2020"]),
    [null, "Cộng: 2 người"],
    ["B. Phòng Xây dựng chính quyền"],
    person(3, "Ngô Đức Kiên", [25, 12, 1989], false, ["Phó Trưởng phòng", THEORY, "45-QĐ/TU ngày 02/03/2020"]),
    [null, "Cộng: 1 người"],
    [null, "TỔNG CỘNG: 3 người"],
    [],
    [null, null, null, null, null, null, null, null, "Cao Bằng, ngày 20 tháng 5 năm 2020"],
    [null, "NGƯỜI LẬP BIỂU", null, null, null, null, null, null, "GIÁM ĐỐC"],
  ],
  merges: [[1, 1, 1, 11], [2, 1, 2, 11], ...headerMerges(3), [7, 1, 7, 11], [11, 1, 11, 11]],
  planted: [],
};

export const LAYOUT_SAMPLES: readonly LayoutSample[] = [CHECKED, CLEAN];

function write(ws: Worksheet, sample: LayoutSample): void {
  sample.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value as ExcelValue;
      cell.font = FONT;
    }),
  );
  for (const [top, left, bottom, right] of sample.merges) ws.mergeCells(top, left, bottom, right);
  ws.columns.forEach((column, i) => (column.width = [5, 24, 6, 6, 7, 6, 6, 7, 26, 28, 30][i] ?? 12));
}

function readme(): string {
  const lines = [
    "# Department layouts / Danh sách trình bày như các đơn vị gửi",
    "",
    "Do `npm run samples` tạo ra. / *Generated by `npm run samples`.*",
    "",
  ];
  for (const sample of LAYOUT_SAMPLES) {
    lines.push(`## ${sample.file}`, "", sample.vi, "", `*${sample.en}*`, "");
    if (sample.planted.length === 0) {
      lines.push("Không có lỗi cài sẵn: lệnh kiểm tra không báo lỗi hay cảnh báo nào. / *Nothing planted: no error or warning.*", "");
      continue;
    }
    lines.push("| Ô / Cell | Quy tắc / Rule | Lỗi cài sẵn | Planted mistake |", "|---|---|---|---|");
    for (const p of sample.planted) lines.push(`| ${p.cell} | \`${p.rule}\` | ${p.vi} | ${p.en} |`);
    lines.push("");
  }
  return lines.join("\n");
}

/** Writes the layout samples and their README into `dir`. */
export async function makeLayoutSamples(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const sample of LAYOUT_SAMPLES) {
    const book = new Workbook();
    book.creator = book.lastModifiedBy = "cadre-roster";
    book.created = book.modified = WRITTEN;
    write(book.addWorksheet("Danh sách"), sample);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    fixZipTimes(bytes);
    await fs.writeFile(path.join(dir, sample.file), bytes);
  }
  await fs.writeFile(path.join(dir, "README.md"), readme());
}

if (require.main === module) {
  const dir = process.argv[2] ?? "samples/layouts";
  makeLayoutSamples(dir).then(
    () => process.stdout.write(`${LAYOUT_SAMPLES.length} layout workbooks and README.md written to ${dir}/\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
