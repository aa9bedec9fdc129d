import { PARTY_MOTTO, PLANNING } from "../layouts";
import { person, pick, seededRng } from "../people";
import type { SampleFile, SampleValue } from "../sample-types";

const rng = seededRng(2019_06);
const NOW = ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", "Trưởng Ban Tổ chức Huyện ủy", "Chánh Văn phòng Huyện ủy", "Trưởng phòng Nội vụ", "Bí thư Đảng ủy xã Đình Phong"];
const PLANNED = ["Bí thư Huyện ủy", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", "Ủy viên Ban Thường vụ Huyện ủy"];

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
    columns: PLANNING,
    numbering: "none",
    table: "QuyHoach",
    rows: [
      planned(),
      planned(),
      planned({ position: "Phó Chủ tịch UBND huyện " }),
      planned(),
      planned({ ethnicity: "Mong" }),
      planned(),
      planned(),
    ],
  },
  planted: [
    { rule: "whitespace", row: 2, column: "position", fix: "Phó Chủ tịch UBND huyện", vi: "Dấu cách thừa ở cuối \"Phó Chủ tịch UBND huyện \"", en: "A trailing space in \"Phó Chủ tịch UBND huyện \"" },
    { rule: "unknown-value", row: 4, column: "ethnicity", fix: "Mông", vi: "Dân tộc \"Mong\" gõ thiếu dấu; đề xuất \"Mông\"", en: "Ethnicity \"Mong\" typed without its diacritics; \"Mông\" proposed" },
  ],
};
