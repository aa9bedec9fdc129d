import { PARTY_MOTTO, PLANNING } from "../layouts";
import { person, pick, seededRng } from "../people";
import type { ColumnSpec, SampleFile, SampleValue } from "../sample-types";

const rng = seededRng(2019_06);
const NOW = ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", "Trưởng Ban Tổ chức Huyện ủy", "Chánh Văn phòng Huyện ủy", "Trưởng phòng Nội vụ", "Bí thư Đảng ủy xã Đình Phong"];
const PLANNED = ["Bí thư Huyện ủy", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", "Ủy viên Ban Thường vụ Huyện ủy"];

/** The planning list with a "Quy hoạch lần đầu" mark: first-time planning needs working age for two terms. */
const COLUMNS: readonly ColumnSpec[] = PLANNING.flatMap((c) =>
  c.key === "notes" ? [{ key: "first", header: "Quy hoạch lần đầu", width: 10 }, c] : [c],
);

/** A cadre in the district's planning pool for the 2020–2025 term; birth year only, as such lists give it. */
function planned(cells: Record<string, SampleValue> = {}): Record<string, SampleValue> {
  const p = person(rng, 1975, 1988);
  return { name: p.name, year: p.birth[0], gender: p.sex === "male" ? "Nam" : "Nữ", ethnicity: p.ethnicity, position: pick(rng, NOW), title: pick(rng, PLANNED), ...cells };
}

export const HUYEN_UY_TRUNG_KHANH: SampleFile = {
  file: "06-huyen-uy-trung-khanh-quy-hoach.xlsx",
  vi: "Huyện ủy Trùng Khánh: danh sách quy hoạch nhiệm kỳ 2020–2025 giữ trong một bảng Excel (Table), chỉ ghi năm sinh.",
  en: "Trùng Khánh District Party Committee: the 2020–2025 planning list kept in an Excel table, with birth years only.",
  sheet: {
    name: "Quy hoach",
    letterhead: {
      issuer: ["ĐẢNG BỘ TỈNH CAO BẰNG", "HUYỆN ỦY TRÙNG KHÁNH"],
      motto: PARTY_MOTTO,
      title: "DANH SÁCH QUY HOẠCH CÁN BỘ LÃNH ĐẠO, QUẢN LÝ NHIỆM KỲ 2020 – 2025",
      subtitle: "(Kèm theo Tờ trình số 86-TTr/HU ngày 15/11/2019)",
      placeAndDate: "Trùng Khánh, ngày 15 tháng 11 năm 2019",
      signers: [["Người lập biểu", "Vi Thị Hoa"], ["T/M BAN THƯỜNG VỤ", "Phùng Đức Hải"]],
    },
    columns: COLUMNS,
    numbering: "none",
    table: "QuyHoach",
    rows: [
      planned(),
      planned(),
      planned({ position: "Phó Chủ tịch UBND huyện " }),
      planned(),
      planned({ ethnicity: "Mong" }),
      planned(),
      planned({ first: "x" }),
      planned({ name: "Hà Văn Thắng", year: 1962, gender: "Nam", ethnicity: "Tày", position: "Trưởng Ban Tổ chức Huyện ủy", title: "Phó Bí thư Huyện ủy" }),
      planned({ name: "Lương Văn Hợi", year: 1967, gender: "Nam", ethnicity: "Nùng", position: "Chánh Văn phòng Huyện ủy", title: "Phó Chủ tịch UBND huyện", first: "x" }),
    ],
  },
  planted: [
    { rule: "planning-age", row: 7, column: "year", vi: "Sinh năm 1962: đầu nhiệm kỳ 2020–2025 chỉ còn chưa đến 3 năm công tác, không đủ một nhiệm kỳ", en: "Born 1962: under 3 working years left at the start of the 2020–2025 term, less than the term" },
    { rule: "planning-age", row: 8, column: "year", vi: "Sinh năm 1967, quy hoạch lần đầu: đầu nhiệm kỳ còn dưới 10 năm công tác, không đủ hai nhiệm kỳ", en: "Born 1967, planned for the first time: under 10 working years left at the term's start, less than two terms" },
    { rule: "whitespace", row: 2, column: "position", fix: "Phó Chủ tịch UBND huyện", vi: "Dấu cách thừa ở cuối \"Phó Chủ tịch UBND huyện \"", en: "A trailing space in \"Phó Chủ tịch UBND huyện \"" },
    { rule: "unknown-value", row: 4, column: "ethnicity", fix: "Mông", vi: "Dân tộc \"Mong\" gõ thiếu dấu; đề xuất \"Mông\"", en: "Ethnicity \"Mong\" typed without its diacritics; \"Mông\" proposed" },
  ],
};
