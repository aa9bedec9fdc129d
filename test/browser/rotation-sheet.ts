/**
 * The preview's second roster: the department's cadres rotated this year, under the generator's rotation
 * layout (tools/samples/layouts.ts: a "Luân chuyển" band over from, to and when), with a clerk's mistakes:
 * a month 13, a name typed without its marks, a date typed as text.
 */
import { a1 } from "../../src/core/grid/address";
import { ROTATION } from "../../tools/samples/layouts";
import type { FakeValue } from "../host";
import type { GridSheet } from "../host/workbook-from-grid";

export const ROTATION_SHEET = "Luan chuyen 2024";
const DATE = "dd/mm/yyyy";
const serial = (d: number, m: number, y: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

type Rotated = [string, FakeValue, string, string, string, string, string, FakeValue, string];

const ROTATED: readonly Rotated[] = [
  [
    "Lương Văn Tùng",
    serial(4, 6, 1986),
    "Nam",
    "Tày",
    "Phó Trưởng phòng Nghiệp vụ Y",
    "Sở Y tế",
    "Trung tâm Y tế huyện Hà Quảng",
    serial(1, 3, 2024),
    "45-QĐ/TU",
  ],
  [
    "Hà Thị Thảo",
    serial(22, 12, 1989),
    "Nữ",
    "Nùng",
    "Phó Giám đốc",
    "Trung tâm Y tế huyện Bảo Lạc",
    "Bệnh viện Đa khoa tỉnh",
    "15/13/2024",
    "45-QĐ/TU",
  ],
  [
    "Chu Van Hai",
    serial(9, 2, 1985),
    "Nam",
    "Tày",
    "Trưởng khoa Dược",
    "Bệnh viện Đa khoa tỉnh",
    "Trung tâm Y tế huyện Trùng Khánh",
    serial(1, 6, 2024),
    "45-QĐ/TU",
  ],
  [
    "Mạc Thị Yến",
    serial(30, 8, 1990),
    "Nữ",
    "Tày",
    "Chuyên viên",
    "Sở Y tế",
    "Trung tâm Kiểm soát bệnh tật",
    "01/09/2024",
    "45-QĐ/TU",
  ],
];

/** The two header rows as the generator writes them: a parent over its columns, the others spanning both rows. */
function headerRows(top: number): { rows: FakeValue[][]; merges: string[] } {
  const upper: FakeValue[] = [];
  const lower: FakeValue[] = [];
  const merges: string[] = [];
  ROTATION.forEach((column, i) => {
    const col = i + 1;
    if (column.parent === undefined) {
      upper.push(column.header);
      lower.push(null);
      merges.push(`${a1(top, col)}:${a1(top + 1, col)}`);
      return;
    }
    const first = ROTATION[i - 1]?.parent !== column.parent;
    upper.push(first ? column.parent : null);
    lower.push(column.header);
    if (first) {
      let last = i;
      while (ROTATION[last + 1]?.parent === column.parent) last++;
      merges.push(`${a1(top, col)}:${a1(top, last + 1)}`);
    }
  });
  return { rows: [upper, lower], merges };
}

export function rotationSheet(): GridSheet {
  const last = ROTATION.length;
  const header = headerRows(5);
  const top: FakeValue[][] = [
    ["BAN THƯỜNG VỤ TỈNH ỦY CAO BẰNG", null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["ĐẢNG ỦY SỞ Y TẾ"],
    ["DANH SÁCH CÁN BỘ LUÂN CHUYỂN NĂM 2024"],
    [],
    ...header.rows,
  ];
  const data = ROTATED.map((p, i) => [i + 1, ...p, null]);
  const rows = [...top, ...data];
  const dateColumns = new Set([2, 8]);
  return {
    name: ROTATION_SHEET,
    rows,
    numberFormats: rows.map((row, r) =>
      row.map((v, c) => (r >= top.length && dateColumns.has(c) && typeof v === "number" ? DATE : null)),
    ),
    fonts: "Times New Roman",
    merges: [`A3:${a1(3, last)}`, ...header.merges],
  };
}
