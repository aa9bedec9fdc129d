import type { ColumnSpec, DateCell, Letterhead, SampleValue } from "./sample-types";
import type { Person } from "./people";

const BIRTH = "Ngày, tháng, năm sinh";
const PERIOD = "Thời gian đào tạo";
const DECISION = "Quyết định cử đi học";

/** The provincial training roster: birth date under Nam | Nữ, period under Từ | Đến, decision under Số | Ngày. */
export const TRAINING_NAM_NU: readonly ColumnSpec[] = [
  { key: "stt", header: "STT", width: 5 },
  { key: "name", header: "Họ và tên", width: 24 },
  { key: "male", header: "Nam", parent: BIRTH, width: 12 },
  { key: "female", header: "Nữ", parent: BIRTH, width: 12 },
  { key: "ethnicity", header: "Dân tộc", width: 9 },
  { key: "position", header: "Chức vụ", width: 18 },
  { key: "unit", header: "Đơn vị công tác", width: 30 },
  { key: "programme", header: "Chương trình đào tạo", width: 22 },
  { key: "major", header: "Chuyên ngành", width: 24 },
  { key: "institution", header: "Cơ sở đào tạo", width: 32 },
  { key: "start", header: "Từ", parent: PERIOD, width: 12 },
  { key: "end", header: "Đến", parent: PERIOD, width: 12 },
  { key: "decision", header: "Số", parent: DECISION, width: 16 },
  { key: "decisionDate", header: "Ngày", parent: DECISION, width: 12 },
  { key: "notes", header: "Ghi chú", width: 18 },
];

/** A district's one-row variant: one birth-date column and a gender column. */
export const TRAINING_ONE_ROW: readonly ColumnSpec[] = [
  { key: "stt", header: "TT", width: 5 },
  { key: "name", header: "Họ và tên", width: 24 },
  { key: "birth", header: "Ngày sinh", width: 12 },
  { key: "gender", header: "Giới tính", width: 9 },
  { key: "ethnicity", header: "Dân tộc", width: 9 },
  { key: "position", header: "Chức vụ, chức danh", width: 26 },
  { key: "programme", header: "Hình thức đào tạo", width: 34 },
  { key: "institution", header: "Nơi đào tạo", width: 32 },
  { key: "start", header: "Từ ngày", width: 12 },
  { key: "end", header: "Đến ngày", width: 12 },
  { key: "decision", header: "Số quyết định", width: 16 },
  { key: "decisionDate", header: "Ngày quyết định", width: 12 },
  { key: "notes", header: "Ghi chú", width: 26 },
];

/** Biểu 11-BTCTW style: where a cadre was rotated from and to, and when. */
export const ROTATION: readonly ColumnSpec[] = [
  { key: "stt", header: "STT", width: 5 },
  { key: "name", header: "Họ và tên", width: 24 },
  { key: "birth", header: "Ngày sinh", width: 12 },
  { key: "gender", header: "Giới tính", width: 9 },
  { key: "ethnicity", header: "Dân tộc", width: 9 },
  { key: "position", header: "Chức vụ trước khi luân chuyển", width: 30 },
  { key: "from", header: "Từ đơn vị", parent: "Luân chuyển", width: 28 },
  { key: "to", header: "Đến đơn vị", parent: "Luân chuyển", width: 28 },
  { key: "date", header: "Thời điểm", parent: "Luân chuyển", width: 12 },
  { key: "decision", header: "Quyết định số", width: 14 },
  { key: "notes", header: "Ghi chú", width: 16 },
];

/** A planning list kept as an Excel table: birth year only, the title each cadre is planned for. */
export const PLANNING: readonly ColumnSpec[] = [
  { key: "stt", header: "STT", width: 5 },
  { key: "name", header: "Họ và tên", width: 24 },
  { key: "year", header: "Năm sinh", width: 10 },
  { key: "gender", header: "Giới tính", width: 9 },
  { key: "ethnicity", header: "Dân tộc", width: 9 },
  { key: "position", header: "Chức vụ hiện nay", width: 32 },
  { key: "title", header: "Chức danh quy hoạch", width: 30 },
  { key: "notes", header: "Ghi chú", width: 16 },
];

export function date(y: number, m: number, d: number): DateCell {
  return { date: [y, m, d] };
}

export function birthDate(p: Person): DateCell {
  return { date: p.birth };
}

/** The person's cells in a Nam | Nữ layout: the birth date goes under their sex. */
export function namNu(p: Person): Record<string, SampleValue> {
  return { name: p.name, [p.sex]: birthDate(p), ethnicity: p.ethnicity };
}

/** The person's cells in a layout with one birth-date column and a gender column. */
export function withGender(p: Person): Record<string, SampleValue> {
  return { name: p.name, birth: birthDate(p), gender: p.sex === "male" ? "Nam" : "Nữ", ethnicity: p.ethnicity };
}

export const SO_LETTERHEAD_MOTTO: Letterhead["motto"] = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
export const PARTY_MOTTO: Letterhead["motto"] = ["ĐẢNG CỘNG SẢN VIỆT NAM", ""];
