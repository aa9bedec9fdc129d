import type { Area, CellValue, SheetInput } from "../../src/core/grid/types";
import { ymdToSerial } from "../../src/core/dates";
import { TRAINING_NAM_NU } from "../samples/layouts";
import { person, pick, seededRng } from "../samples/people";

const FONT = "Times New Roman";
const DATE = "dd/mm/yyyy";
const TITLE_ROWS = 6;
const PROGRAMMES = [
  "Thạc sĩ",
  "Chuyên khoa cấp I",
  "Cao cấp lý luận chính trị",
  "Bồi dưỡng QLNN ngạch chuyên viên chính",
];
const UNITS = [
  "Sở Giáo dục và Đào tạo",
  "Sở Y tế",
  "Sở Văn hóa, Thể thao và Du lịch",
  "UBND huyện Hòa An",
  "Ban Tổ chức Tỉnh ủy",
];
const DATE_COLUMNS = new Set(["male", "female", "start", "end", "decisionDate"]);

/** One data row in the order of TRAINING_NAM_NU; every 997th row carries one of the usual mistakes. */
function dataRow(rng: () => number, n: number): { values: CellValue[]; legacy: boolean } {
  const p = person(rng, 1980, 1992);
  const birth = ymdToSerial({ y: p.birth[0], m: p.birth[1], d: p.birth[2] });
  const cells: Record<string, CellValue> = {
    stt: n,
    name: p.name,
    [p.sex]: birth,
    ethnicity: p.ethnicity,
    position: "Chuyên viên",
    unit: pick(rng, UNITS),
    programme: pick(rng, PROGRAMMES),
    major: "Quản lý công",
    institution: "Học viện Hành chính Quốc gia",
    start: ymdToSerial({ y: 2019, m: 9, d: 1 }),
    end: ymdToSerial({ y: 2021, m: 8, d: 31 }),
    decision: "125-QĐ/TU",
    decisionDate: ymdToSerial({ y: 2019, m: 8, d: 15 }),
    notes: null,
  };
  const mistake = n % 997 === 0 ? (n / 997) % 5 : -1;
  if (mistake === 0) cells.name = "N«ng V¨n Thµnh";
  if (mistake === 1) cells[p.sex] = "15/08/1985";
  if (mistake === 2) cells.name = p.name.replace(" ", "  ");
  if (mistake === 3) cells.decision = cells.decisionDate = null;
  if (mistake === 4) cells.name = "Nguyen Van Hung";
  return { values: TRAINING_NAM_NU.map((column) => cells[column.key] ?? null), legacy: mistake === 0 };
}

function headerRows(): CellValue[][] {
  const top = TRAINING_NAM_NU.map((c, i) =>
    c.parent === undefined ? c.header : TRAINING_NAM_NU[i - 1]?.parent === c.parent ? null : c.parent,
  );
  const sub = TRAINING_NAM_NU.map((c) => (c.parent === undefined ? null : c.header));
  return [top, sub, TRAINING_NAM_NU.map((_, i) => `(${i + 1})`)];
}

function headerMerges(): Area[] {
  const merges: Area[] = [];
  TRAINING_NAM_NU.forEach((c, i) => {
    if (c.parent === undefined) merges.push({ top: TITLE_ROWS, left: i, bottom: TITLE_ROWS + 1, right: i });
    else if (TRAINING_NAM_NU[i - 1]?.parent !== c.parent) {
      let last = i;
      while (TRAINING_NAM_NU[last + 1]?.parent === c.parent) last++;
      merges.push({ top: TITLE_ROWS, left: i, bottom: TITLE_ROWS, right: last });
    }
  });
  return merges;
}

/**
 * A provincial training roster of `rows` cadres as a host would hand it to the engine: title rows, the
 * two-row Nam/Nữ header, a numbering row, the data, a signature block; with number formats and fonts.
 */
export function syntheticRoster(rows: number, seed = 2019): SheetInput {
  const rng = seededRng(seed);
  const width = TRAINING_NAM_NU.length;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const title = blank();
  title[0] = "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG";
  const values: CellValue[][] = [
    ["UBND TỈNH CAO BẰNG", ...blank().slice(1)],
    blank(),
    blank(),
    title,
    blank(),
    blank(),
    ...headerRows(),
  ];
  const fonts: (string | null)[][] = values.map(() => new Array(width).fill(FONT));
  const formats: (string | null)[][] = values.map(() => new Array(width).fill(null));
  const dateFormats = TRAINING_NAM_NU.map((c) => (DATE_COLUMNS.has(c.key) ? DATE : null));
  for (let n = 1; n <= rows; n++) {
    const row = dataRow(rng, n);
    values.push(row.values);
    fonts.push(new Array(width).fill(FONT));
    if (row.legacy) fonts[fonts.length - 1][1] = ".VnTime";
    formats.push(dateFormats);
  }
  for (const text of ["Cao Bằng, ngày 20 tháng 11 năm 2019", "Người lập biểu"]) {
    const footer = blank();
    footer[text.startsWith("Cao") ? 9 : 1] = text;
    values.push(footer);
    fonts.push(new Array(width).fill(FONT));
    formats.push(new Array(width).fill(null));
  }
  return {
    name: "Danh sách",
    values,
    origin: { row: 1, col: 1 },
    numberFormats: formats,
    fonts,
    merges: headerMerges(),
  };
}
