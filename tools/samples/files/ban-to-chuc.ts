import { date, PARTY_MOTTO, ROTATION, withGender } from "../layouts";
import { person, seededRng } from "../people";
import type { ColumnSpec, DateCell, SampleFile, SampleValue } from "../sample-types";

const rng = seededRng(2019_05);
const ROTATED = date(2019, 7, 1);
const cadre = () => withGender(person(rng, 1975, 1984));
/** Three-year rotations, all ended by now: each needs the position the cadre was given afterwards. */
const ENDED = date(2022, 6, 30);

/** The rotation list with the end of each rotation under "Luân chuyển" and the position given after it. */
const COLUMNS: readonly ColumnSpec[] = ROTATION.flatMap((c) =>
  c.key === "date"
    ? [c, { key: "end", header: "Đến ngày", parent: "Luân chuyển", width: 12 }]
    : c.key === "decision"
      ? [c, { key: "after", header: "Chức vụ sau luân chuyển", width: 28 }]
      : [c],
);

const ROWS: readonly Record<string, SampleValue>[] = [
  { ...cadre(), position: "Phó Giám đốc Sở Kế hoạch và Đầu tư", from: "Sở Kế hoạch và Đầu tư", to: "Huyện ủy Trùng Khánh", date: ROTATED, end: ENDED, decision: "125-QĐ/TU", after: "Giám đốc Sở Kế hoạch và Đầu tư" },
  { ...cadre(), position: "Phó Chánh Văn phòng UBND tỉnh", from: "Văn phòng UBND tỉnh", to: "UBND huyện Bảo Lâm", date: ROTATED, end: ENDED, decision: "126-QĐ/TU", after: "Chánh Văn phòng UBND tỉnh" },
  { name: "Nông Văn Phúc", birth: date(1963, 4, 15), gender: "Nam", ethnicity: "Tày", position: "Phó Giám đốc Sở Nông nghiệp và PTNT", from: "Sở Nông nghiệp và PTNT", to: "Huyện ủy Hà Quảng", date: ROTATED, end: ENDED, decision: "127-QĐ/TU", after: "Phó Giám đốc Sở Nông nghiệp và PTNT" },
  { ...cadre(), position: "Phó Trưởng Ban Dân vận Tỉnh ủy", from: "Ban Dân vận Tỉnh ủy", to: "Huyện ủy Nguyên Bình", date: ROTATED, end: ENDED, decision: "128-QĐ/TU" },
  { name: "Lục Thị Duyên", gender: "Nữ", ethnicity: "Nùng", position: "Phó Bí thư Huyện ủy Quảng Hòa", from: "Huyện ủy Quảng Hòa", to: "Sở Lao động - Thương binh và Xã hội", date: ROTATED, end: ENDED, decision: "129-QĐ/TU", after: "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", notes: "Bổ sung ngày sinh" },
  { ...cadre(), position: "Phó Chủ tịch UBND huyện Thạch An", from: "UBND huyện Thạch An", to: "Sở Tài nguyên và Môi trường", date: ROTATED, end: ENDED, decision: "130-QĐ/TU", after: "Chủ tịch UBND huyện Thạch An" },
];

/** The board's planning list beside the rotations, on a sheet of its own: everyone rotated but the last. */
const PLANNING_SHEET = {
  name: "Quy hoach",
  rows: [
    ["DANH SÁCH QUY HOẠCH CÁN BỘ DIỆN BAN THƯỜNG VỤ TỈNH ỦY QUẢN LÝ"],
    ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức danh quy hoạch"],
    ...ROWS.slice(0, -1).map((row, i) => {
      // Lục Thị Duyên's birth date, missing from the rotation list, is on the planning list.
      const [y, m, d] = (row.birth as DateCell | undefined)?.date ?? [1981, 9, 12];
      return [i + 1, String(row.name), new Date(Date.UTC(y, m - 1, d)), String(row.gender), String(row.after ?? row.position)];
    }),
  ],
};

export const BAN_TO_CHUC: SampleFile = {
  file: "05-ban-to-chuc-tinh-uy-luan-chuyen.xlsx",
  vi: "Ban Tổ chức Tỉnh ủy: cán bộ diện Ban Thường vụ Tỉnh ủy quản lý được luân chuyển năm 2019 (tiêu đề \"Luân chuyển\" gộp trên ba cột Từ đơn vị | Đến đơn vị | Thời điểm).",
  en: "Provincial Party Organisation Board: cadres rotated in 2019 (a merged \"Luân chuyển\" header over from unit | to unit | date).",
  sheet: {
    name: "Luan chuyen 2019",
    letterhead: {
      issuer: ["ĐẢNG BỘ TỈNH CAO BẰNG", "BAN TỔ CHỨC TỈNH ỦY"],
      motto: PARTY_MOTTO,
      title: "DANH SÁCH CÁN BỘ LUÂN CHUYỂN DIỆN BAN THƯỜNG VỤ TỈNH ỦY QUẢN LÝ NĂM 2019",
      subtitle: "(Kèm theo Báo cáo số 215-BC/BTCTU ngày 28/11/2019)",
      placeAndDate: "Cao Bằng, ngày 28 tháng 11 năm 2019",
      signers: [["Người lập biểu", "Hứa Thị Trang"], ["K/T TRƯỞNG BAN", "Sầm Văn Việt"]],
    },
    columns: COLUMNS,
    numbering: "parenthesised",
    rows: ROWS,
  },
  extraSheets: [PLANNING_SHEET],
  planted: [
    { rule: "missing-placement", row: 3, column: "after", vi: "Hết luân chuyển 30/06/2022 mà chưa ghi chức vụ sau luân chuyển (Quy định 65-QĐ/TW)", en: "Rotation ended on 30/06/2022 with no position after it recorded (Quy định 65-QĐ/TW)" },
    { rule: "not-in-planning", row: 5, column: "name", vi: "Được luân chuyển mà không có tên trong danh sách quy hoạch ở trang \"Quy hoach\"", en: "Rotated but not on the planning list of the \"Quy hoach\" sheet" },
    { rule: "retirement-horizon", row: 2, column: "birth", vi: "Sinh 15/04/1963, luân chuyển 01/07/2019: còn dưới 10 năm công tác (Quy định 65-QĐ/TW)", en: "Born 15/04/1963, rotated 01/07/2019: under 10 working years left (Quy định 65-QĐ/TW)" },
    { rule: "required", row: 4, column: "birth", vi: "Thiếu ngày sinh", en: "The birth date is missing" },
  ],
};
