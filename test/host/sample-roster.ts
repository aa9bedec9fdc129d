import type { FakeValue } from "./model";
import type { GridSheet } from "./workbook-from-grid";

/**
 * A training roster as provinces keep them: a title, a two-row header with "Ngày, tháng, năm sinh"
 * merged over "Nam" | "Nữ" (the date's column gives the gender), 13 columns, dates as Excel serials.
 */
export const ROSTER_HEADER_ROWS = 4;
export const ROSTER_COLUMNS = 13;

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Nông", "Lục", "Đàm", "Bế", "Hà"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Hồng"];
const GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hạnh", "Hùng", "Lan", "Mai", "Thắng", "Trường", "Yến"];
const ETHNIC = ["Tày", "Nùng", "Kinh", "Mông", "Dao", "Sán Chay"];
const UNITS = [
  "Sở Y tế",
  "Sở Giáo dục và Đào tạo",
  "UBND huyện Hà Quảng",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Ban Tổ chức Tỉnh ủy",
];
const PROGRAMMES = [
  "Thạc sĩ",
  "Cao cấp lý luận chính trị",
  "Bồi dưỡng QLNN ngạch chuyên viên chính",
  "Chuyên khoa cấp I",
  "Trung cấp lý luận chính trị – hành chính",
];
const SCHOOLS = [
  "Học viện Chính trị quốc gia Hồ Chí Minh",
  "Trường Đại học Y Dược Thái Nguyên",
  "Trường Chính trị Hoàng Đình Giong",
  "Học viện Hành chính Quốc gia",
];
const DATE = "dd/mm/yyyy";

const pick = <T>(list: readonly T[], i: number, salt: number): T =>
  list[(i * 7 + salt * 13 + ((i * salt) % 5)) % list.length];

function personRow(i: number): FakeValue[] {
  const female = i % 3 === 0;
  const birth = 29000 + ((i * 389) % 5000);
  const start = 45000 + ((i * 37) % 600);
  return [
    i,
    `${pick(SURNAMES, i, 1)} ${female ? "Thị" : pick(MIDDLE, i, 2)} ${pick(GIVEN, i, 3)}`,
    female ? null : birth,
    female ? birth : null,
    pick(ETHNIC, i, 4),
    i % 4 === 0 ? "Phó Trưởng phòng" : "Chuyên viên",
    pick(UNITS, i, 5),
    pick(PROGRAMMES, i, 6),
    pick(SCHOOLS, i, 7),
    start,
    start + 365,
    `${100 + (i % 900)}-QĐ/TU`,
    start - 30,
  ];
}

export function rosterSheet(name: string, people: number): GridSheet {
  const title = ["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG", ...Array<FakeValue>(ROSTER_COLUMNS - 1).fill(null)];
  const upper = [
    "STT",
    "Họ và tên",
    "Ngày, tháng, năm sinh",
    null,
    "Dân tộc",
    "Chức vụ",
    "Đơn vị",
    "Chương trình đào tạo",
    "Cơ sở đào tạo",
    "Thời gian đào tạo",
    null,
    "Số quyết định",
    "Ngày quyết định",
  ];
  const lower = [null, null, "Nam", "Nữ", null, null, null, null, null, "Từ", "Đến", null, null];
  const rows: FakeValue[][] = [title, Array<FakeValue>(ROSTER_COLUMNS).fill(null), upper, lower];
  for (let i = 1; i <= people; i++) rows.push(personRow(i));
  const dateColumns = new Set([2, 3, 9, 10, 12]);
  const formats = rows.map((row, r) =>
    row.map((_, c) => (r >= ROSTER_HEADER_ROWS && dateColumns.has(c) ? DATE : null)),
  );
  const single = ["A", "B", "E", "F", "G", "H", "I", "L", "M"].map((col) => `${col}3:${col}4`);
  return {
    name,
    rows,
    numberFormats: formats,
    fonts: "Times New Roman",
    merges: ["A1:M1", "C3:D3", "J3:K3", ...single],
  };
}
