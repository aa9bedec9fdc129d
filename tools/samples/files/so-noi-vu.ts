import { date, namNu, SO_LETTERHEAD_MOTTO, TRAINING_NAM_NU } from "../layouts";
import { person, pick, seededRng } from "../people";
import type { SampleFile, SampleValue } from "../sample-types";

const rng = seededRng(2019_07);
const UNITS = ["Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Phòng Công chức, viên chức", "Phòng Xây dựng chính quyền và công tác thanh niên", "Ban Thi đua - Khen thưởng", "Chi cục Văn thư - Lưu trữ"];
const POSITIONS = ["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng"];

function course(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return {
    position: pick(rng, POSITIONS),
    unit: pick(rng, UNITS),
    programme: "Bồi dưỡng QLNN ngạch chuyên viên chính",
    major: null,
    institution: "Học viện Hành chính Quốc gia",
    start: date(2019, 6, 3),
    end: date(2019, 7, 26),
    decision: "92/QĐ-SNV",
    decisionDate: date(2019, 5, 20),
    ...cells,
  };
}

function master(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return course({ programme: "Thạc sĩ", major: "Quản lý công", start: date(2019, 10, 14), end: date(2021, 10, 14), decision: "125-QĐ/TU", decisionDate: date(2019, 9, 30), ...cells });
}

const young = () => namNu(person(rng, 1981, 1991));

export const SO_NOI_VU: SampleFile = {
  file: "07-so-noi-vu.xlsx",
  vi: "Sở Nội vụ: danh sách đúng, không có lỗi nào; kèm trang \"Chỉ tiêu\" (bảng chỉ tiêu, không phải danh sách cán bộ).",
  en: "Department of Home Affairs: a correct roster with nothing to report, and a \"Chỉ tiêu\" sheet of targets (not a roster).",
  sheet: {
    name: "Danh sach",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "SỞ NỘI VỤ"],
      motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÔNG CHỨC ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG NĂM 2019",
      subtitle: "(Kèm theo Báo cáo số 740/BC-SNV ngày 29/11/2019 của Sở Nội vụ)",
      placeAndDate: "Cao Bằng, ngày 29 tháng 11 năm 2019",
      signers: [["Người lập biểu", "La Thị Yến"], ["Thủ trưởng đơn vị", "Đinh Quang Bình"]],
    },
    columns: TRAINING_NAM_NU,
    numbering: "parenthesised",
    rows: [
      course(young()),
      course(young()),
      master({ ...young(), notes: "Học ngoài giờ hành chính" }),
      course({ name: "Đàm Thị Sán", female: date(1984, 2, 29), ethnicity: "Sán Chay" }),
      course(young()),
      master(young()),
      course(young()),
      course({ ...young(), ethnicity: "H'Mông" }),
    ],
  },
  extraSheets: [
    {
      name: "Chỉ tiêu",
      rows: [
        ["CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG NĂM 2019", null, null, null],
        [null, null, null, null],
        ["Nội dung", "Chỉ tiêu", "Thực hiện", "Tỷ lệ (%)"],
        ["Bồi dưỡng QLNN ngạch chuyên viên chính", 8, 6, 75],
        ["Thạc sĩ", 2, 2, 100],
      ],
    },
  ],
  planted: [],
};
