import { date, namNu, SO_LETTERHEAD_MOTTO, TRAINING_NAM_NU } from "../layouts";
import { person, pick, seededRng } from "../people";
import type { SampleFile, SampleValue } from "../sample-types";

const rng = seededRng(2019_03);
const UNITS = ["Phòng Quản lý Du lịch", "Phòng Quản lý Văn hóa", "Bảo tàng tỉnh", "Trung tâm Văn hóa - Điện ảnh tỉnh", "Ban Quản lý Công viên địa chất Non nước Cao Bằng"];
const POSITIONS = ["Chuyên viên", "Phó Trưởng phòng", "Viên chức"];

function master(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return {
    position: pick(rng, POSITIONS),
    unit: pick(rng, UNITS),
    programme: "Thạc sĩ",
    major: pick(rng, ["Quản lý văn hóa", "Du lịch"]),
    institution: "Trường Đại học Văn hóa Hà Nội",
    start: date(2019, 10, 1),
    end: date(2021, 9, 30),
    decision: "215/QĐ-SVHTTDL",
    decisionDate: date(2019, 9, 12),
    ...cells,
  };
}

/** A two-month state-management course for principal specialists. */
function course(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return master({
    programme: "Bồi dưỡng QLNN ngạch chuyên viên chính",
    major: null,
    institution: "Học viện Hành chính Quốc gia",
    start: date(2019, 8, 5),
    end: date(2019, 9, 30),
    decision: "188/QĐ-SVHTTDL",
    decisionDate: date(2019, 7, 25),
    ...cells,
  });
}

const young = () => namNu(person(rng, 1982, 1991));

export const SO_VAN_HOA: SampleFile = {
  file: "03-so-van-hoa-the-thao-du-lich.xlsx",
  vi: "Sở Văn hóa, Thể thao và Du lịch: thạc sĩ quản lý văn hóa, du lịch và bồi dưỡng chuyên viên chính năm 2019.",
  en: "Department of Culture, Sports and Tourism: master's degrees in cultural management and tourism, and a principal-specialist course, 2019.",
  sheet: {
    name: "Danh sách",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
      motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÔNG CHỨC, VIÊN CHỨC ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG NĂM 2019",
      subtitle: "(Kèm theo Báo cáo số 97/BC-SVHTTDL ngày 25/11/2019)",
      placeAndDate: "Cao Bằng, ngày 25 tháng 11 năm 2019",
      signers: [["Người lập biểu", "Chu Thị Vân"], ["Thủ trưởng đơn vị", "Lương Văn Sơn"]],
    },
    columns: TRAINING_NAM_NU,
    numbering: "parenthesised",
    rows: [
      master(young()),
      course(young()),
      master({ name: "Nguyen Van Hung", male: date(1988, 6, 11), ethnicity: "Kinh" }),
      course(young()),
      master({ name: "Đàm Thị Hồng Nhung".normalize("NFD"), female: date(1990, 12, 5), ethnicity: "Tày" }),
      course({ ...young(), decision: null, decisionDate: null, notes: "Chờ quyết định" }),
      master({ ...young(), decisionDate: { error: "#REF!", formula: "VLOOKUP(B16,#REF!,3,0)" } }),
      course(young()),
    ],
  },
  planted: [
    { rule: "missing-diacritics", row: 2, column: "name", vi: "Họ tên không dấu: \"Nguyen Van Hung\"", en: "A name without diacritics: \"Nguyen Van Hung\"" },
    { rule: "not-nfc", row: 4, column: "name", fix: "Đàm Thị Hồng Nhung", vi: "Họ tên ở dạng Unicode tổ hợp (NFD): trông giống hệt nhưng không so khớp được", en: "A name stored decomposed (NFD): it looks the same but does not match" },
    { rule: "missing-decision", row: 5, column: "decision", vi: "Cử đi bồi dưỡng nhưng không có số và ngày quyết định", en: "Sent on a course without a decision number or date" },
    { rule: "cell-error", row: 6, column: "decisionDate", vi: "Ngày quyết định là công thức lỗi #REF! (tham chiếu tới trang đã xóa)", en: "The decision date is a formula showing #REF! (it refers to a deleted sheet)" },
  ],
};
