import { date, PARTY_MOTTO, ROTATION, withGender } from "../layouts";
import { person, seededRng } from "../people";
import type { SampleFile } from "../sample-types";

const rng = seededRng(2019_05);
const ROTATED = date(2019, 7, 1);
const cadre = () => withGender(person(rng, 1975, 1984));

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
    columns: ROTATION,
    numbering: "parenthesised",
    rows: [
      { ...cadre(), position: "Phó Giám đốc Sở Kế hoạch và Đầu tư", from: "Sở Kế hoạch và Đầu tư", to: "Huyện ủy Trùng Khánh", date: ROTATED, decision: "125-QĐ/TU" },
      { ...cadre(), position: "Phó Chánh Văn phòng UBND tỉnh", from: "Văn phòng UBND tỉnh", to: "UBND huyện Bảo Lâm", date: ROTATED, decision: "126-QĐ/TU" },
      { name: "Nông Văn Phúc", birth: date(1963, 4, 15), gender: "Nam", ethnicity: "Tày", position: "Phó Giám đốc Sở Nông nghiệp và PTNT", from: "Sở Nông nghiệp và PTNT", to: "Huyện ủy Hà Quảng", date: ROTATED, decision: "127-QĐ/TU" },
      { ...cadre(), position: "Phó Trưởng Ban Dân vận Tỉnh ủy", from: "Ban Dân vận Tỉnh ủy", to: "Huyện ủy Nguyên Bình", date: ROTATED, decision: "128-QĐ/TU" },
      { name: "Lục Thị Duyên", gender: "Nữ", ethnicity: "Nùng", position: "Phó Bí thư Huyện ủy Quảng Hòa", from: "Huyện ủy Quảng Hòa", to: "Sở Lao động - Thương binh và Xã hội", date: ROTATED, decision: "129-QĐ/TU", notes: "Bổ sung ngày sinh" },
      { ...cadre(), position: "Phó Chủ tịch UBND huyện Thạch An", from: "UBND huyện Thạch An", to: "Sở Tài nguyên và Môi trường", date: ROTATED, decision: "130-QĐ/TU" },
    ],
  },
  planted: [
    { rule: "retirement-horizon", row: 2, column: "birth", vi: "Sinh 15/04/1963, luân chuyển 01/07/2019: còn dưới 10 năm công tác (Quy định 65-QĐ/TW)", en: "Born 15/04/1963, rotated 01/07/2019: under 10 working years left (Quy định 65-QĐ/TW)" },
    { rule: "required", row: 4, column: "birth", vi: "Thiếu ngày sinh", en: "The birth date is missing" },
  ],
};
