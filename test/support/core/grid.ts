import { parseDateText, ymdToSerial, type YMD } from "../../../src/core/dates";
import type { Area, CellValue, SheetInput } from "../../../src/core/grid/types";
import { validateSheet, type ValidateOptions } from "../../../src/core/engine";
import type { Issue, RuleId, SheetReport } from "../../../src/core/report/types";

/** Tests only: clean roster sheets to break one cell at a time, and short views of a report. */

export const TODAY: YMD = { y: 2025, m: 10, d: 1 };

/** A cell as a test writes it: a plain value, or a real Excel date given as dd/mm/yyyy. */
export type TestCell = CellValue | { date: string };

export function date(text: string): { date: string } {
  return { date: text };
}

export function serialOf(text: string): number {
  const parsed = parseDateText(text);
  if (!parsed.ok) throw new Error(`not a date: ${text}`);
  return ymdToSerial(parsed.ymd);
}

/** A sheet from rows of test cells; real dates become serials in a dd/mm/yyyy format. */
export function sheetFrom(rows: TestCell[][], extra: Partial<SheetInput> = {}): SheetInput {
  const values = rows.map((row) =>
    row.map((cell) => (cell !== null && typeof cell === "object" && "date" in cell ? serialOf(cell.date) : cell)),
  );
  const numberFormats = rows.map((row) =>
    row.map((cell) => (cell !== null && typeof cell === "object" && "date" in cell ? "dd/mm/yyyy" : null)),
  );
  return { name: "Danh sách", values, numberFormats, ...extra };
}

export const TRAINING_COLUMNS = [
  "stt",
  "fullName",
  "birthDate",
  "gender",
  "ethnicity",
  "position",
  "unit",
  "programme",
  "institution",
  "trainingStart",
  "trainingEnd",
  "decisionNumber",
  "decisionDate",
  "notes",
] as const;

export type TrainingColumn = (typeof TRAINING_COLUMNS)[number];
export type TrainingPerson = Partial<Record<TrainingColumn, TestCell>>;

const TRAINING_HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Dân tộc",
  "Chức vụ",
  "Đơn vị công tác",
  "Chương trình đào tạo",
  "Cơ sở đào tạo",
  "Từ ngày",
  "Đến ngày",
  "Số quyết định",
  "Ngày quyết định",
  "Ghi chú",
];

/** Four people correctly entered: every rule must stay quiet on them. */
export const CLEAN_TRAINEES: readonly TrainingPerson[] = [
  {
    fullName: "Nguyễn Văn An",
    birthDate: date("12/03/1985"),
    gender: "Nam",
    ethnicity: "Tày",
    position: "Chuyên viên",
    unit: "Sở Nội vụ",
    programme: "Thạc sĩ Quản lý công",
    institution: "Học viện Hành chính Quốc gia",
    trainingStart: date("01/09/2023"),
    trainingEnd: date("30/06/2025"),
    decisionNumber: "125-QĐ/TU",
    decisionDate: date("15/08/2023"),
  },
  {
    fullName: "Hoàng Thị Bích",
    birthDate: date("05/11/1990"),
    gender: "Nữ",
    ethnicity: "Nùng",
    position: "Phó Trưởng phòng",
    unit: "UBND huyện Hòa An",
    programme: "Cao cấp lý luận chính trị",
    institution: "Học viện Chính trị khu vực I",
    trainingStart: date("01/03/2024"),
    trainingEnd: date("31/12/2024"),
    decisionNumber: "342/QĐ-UBND",
    decisionDate: date("20/02/2024"),
  },
  {
    fullName: "Lý Văn Páo",
    birthDate: date("20/07/1988"),
    gender: "Nam",
    ethnicity: "H'Mông",
    position: "Chủ tịch UBND xã",
    unit: "UBND xã Cần Yên",
    programme: "Bồi dưỡng QLNN ngạch chuyên viên chính",
    institution: "Trường Chính trị tỉnh",
    trainingStart: date("10/04/2024"),
    trainingEnd: date("10/06/2024"),
    decisionNumber: "56/QĐ-SNV",
    decisionDate: date("01/04/2024"),
    notes: "Học tập trung",
  },
  {
    fullName: "Nông Thị Dung",
    birthDate: 1992,
    gender: "Nữ",
    ethnicity: "Kinh",
    position: "Chuyên viên",
    unit: "Sở Y tế",
    programme: "Chuyên khoa cấp I",
    institution: "Đại học Y Thái Nguyên",
    trainingStart: date("05/09/2024"),
    trainingEnd: date("05/09/2026"),
    decisionNumber: "789/QĐ-SYT",
    decisionDate: date("20/08/2024"),
  },
];

/** Rows above the header and the signature block below the data, as real rosters have them. */
const TITLE_ROWS: TestCell[][] = [["DANH SÁCH CÁN BỘ CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG NĂM 2024"], []];

/** Header on row 3, numbering row 4, people from row 5 (Excel rows); row i of `people` is Excel row 5 + i. */
export function trainingSheet(
  people: readonly TrainingPerson[] = CLEAN_TRAINEES,
  extra: Partial<SheetInput> = {},
): SheetInput {
  const rows: TestCell[][] = [...TITLE_ROWS, TRAINING_HEADER, TRAINING_HEADER.map((_, i) => `(${i + 1})`)];
  people.forEach((person, i) =>
    rows.push(TRAINING_COLUMNS.map((column) => (column === "stt" ? (person.stt ?? i + 1) : (person[column] ?? null)))),
  );
  rows.push([], [null, "Người lập biểu", null, null, null, null, null, null, null, null, "Thủ trưởng đơn vị"]);
  return sheetFrom(rows, extra);
}

/** The clean trainees with some of them changed: `changes[i]` is merged into person i. */
export function trainees(changes: Record<number, TrainingPerson>): TrainingPerson[] {
  return CLEAN_TRAINEES.map((person, i) => ({ ...person, ...changes[i] }));
}

export const ROTATION_COLUMNS = [
  "stt",
  "fullName",
  "male",
  "female",
  "gender",
  "ethnicity",
  "position",
  "unitFrom",
  "unitTo",
  "rotationDate",
  "decisionNumber",
  "notes",
] as const;

export type RotationColumn = (typeof ROTATION_COLUMNS)[number];
export type RotationPerson = Partial<Record<RotationColumn, TestCell>>;

export const CLEAN_ROTATIONS: readonly RotationPerson[] = [
  {
    fullName: "Đàm Văn Chung",
    male: date("02/02/1984"),
    ethnicity: "Tày",
    position: "Phó Chủ tịch UBND huyện",
    unitFrom: "UBND huyện Trùng Khánh",
    unitTo: "Sở Kế hoạch và Đầu tư",
    rotationDate: date("01/03/2025"),
    decisionNumber: "210-QĐ/TU",
  },
  {
    fullName: "Triệu Thị Mai",
    female: date("15/06/1987"),
    ethnicity: "Dao",
    position: "Phó Giám đốc Sở",
    unitFrom: "Sở Văn hóa, Thể thao và Du lịch",
    unitTo: "UBND huyện Bảo Lâm",
    rotationDate: date("01/03/2025"),
    decisionNumber: "211-QĐ/TU",
  },
];

/**
 * A rotation list with a two-row header: "Ngày, tháng, năm sinh" merged over "Nam" | "Nữ" (columns C, D),
 * the other headers merged down both rows; a gender column E, left blank by the clean people.
 * Header rows 2–3, numbering row 4, people from row 5.
 */
export function rotationSheet(people: readonly RotationPerson[] = CLEAN_ROTATIONS): SheetInput {
  const top = [
    "STT",
    "Họ và tên",
    "Ngày, tháng, năm sinh",
    null,
    "Giới tính",
    "Dân tộc",
    "Chức vụ",
    "Đơn vị cũ",
    "Đơn vị mới",
    "Ngày luân chuyển",
    "Số quyết định",
    "Ghi chú",
  ];
  const sub = top.map((_, i) => (i === 2 ? "Nam" : i === 3 ? "Nữ" : null));
  const rows: TestCell[][] = [["DANH SÁCH CÁN BỘ LUÂN CHUYỂN NĂM 2025"], top, sub, top.map((_, i) => i + 1)];
  people.forEach((person, i) =>
    rows.push(ROTATION_COLUMNS.map((column) => (column === "stt" ? (person.stt ?? i + 1) : (person[column] ?? null)))),
  );
  const merges: Area[] = [{ top: 1, left: 2, bottom: 1, right: 3 }];
  for (let c = 0; c < top.length; c++) if (c !== 2 && c !== 3) merges.push({ top: 1, left: c, bottom: 2, right: c });
  return sheetFrom(rows, { merges });
}

export function rotations(changes: Record<number, RotationPerson>): RotationPerson[] {
  return CLEAN_ROTATIONS.map((person, i) => ({ ...person, ...changes[i] }));
}

export function check(sheet: SheetInput, options: ValidateOptions = {}): SheetReport {
  return validateSheet(sheet, { today: TODAY, ...options });
}

/** The issues of one rule as short rows: cell, fix and related cell where given. */
export function issuesOf(report: SheetReport, rule: RuleId): Pick<Issue, "cell" | "fix" | "related">[] {
  return report.issues
    .filter((issue) => issue.rule === rule)
    .map(({ cell, fix, related }) => ({
      cell,
      ...(fix === undefined ? {} : { fix }),
      ...(related === undefined ? {} : { related }),
    }));
}

/** The rule ids a report raises, once each. */
export function rulesRaised(report: SheetReport): RuleId[] {
  return [...new Set(report.issues.map((issue) => issue.rule))].sort();
}
