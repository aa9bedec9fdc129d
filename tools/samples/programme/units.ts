import { PARTY_MOTTO, ROTATION, SO_LETTERHEAD_MOTTO, TRAINING_NAM_NU, TRAINING_ONE_ROW } from "../layouts";
import type { ColumnSpec, Letterhead, SampleSheet } from "../sample-types";
import { NAM_NU_WITH_FIELD, ONE_ROW_WITH_FIELD, TABLE_ROSTER } from "./columns";
import type { CourseId } from "./courses";

/**
 * How a block of rows is spelt: "tcvn3" types the programme in TCVN3 with the .VnTime font, "thac-sy" writes
 * "Thạc sỹ", "nfd" stores names and programmes decomposed (pasted from a web form).
 */
export type Variant = "tcvn3" | "thac-sy" | "nfd";

export interface Block {
  course: CourseId;
  count: number;
  variant?: Variant;
}

/** One department's workbook: its letterhead, its layout and the cadres it lists, block by block. */
export interface UnitSpec {
  file: string;
  vi: string;
  en: string;
  sheet: string;
  letterhead: Letterhead;
  columns: readonly ColumnSpec[];
  numbering: SampleSheet["numbering"];
  table?: string;
  total?: boolean;
  /** The unit column's values, when the layout has one. */
  units: readonly string[];
  /** The "Lĩnh vực" of the unit's rows, when the layout has that column. */
  field?: string;
  blocks: readonly Block[];
}

const signers = (maker: string, head: string, title = "Thủ trưởng đơn vị"): Letterhead["signers"] => [["Người lập biểu", maker], [title, head]];

export const UNITS: readonly UnitSpec[] = [
  {
    file: "01-so-giao-duc-dao-tao.xlsx",
    vi: "Sở Giáo dục và Đào tạo: hai hàng tiêu đề (Nam | Nữ), không có cột Lĩnh vực: lĩnh vực giáo dục đọc từ chuyên ngành.",
    en: "Department of Education: a two-row header (Nam | Nữ) without a field column: the education field is read from the major.",
    sheet: "Dao tao 2016-2019",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG GIAI ĐOẠN 2016 – 2019",
      subtitle: "(Kèm theo Báo cáo số 1520/BC-SGDĐT ngày 25/11/2019 của Sở Giáo dục và Đào tạo)",
      placeAndDate: "Cao Bằng, ngày 25 tháng 11 năm 2019", signers: signers("Đinh Thị Mai", "Lưu Quang Toàn", "GIÁM ĐỐC"),
    },
    columns: TRAINING_NAM_NU, numbering: "parenthesised",
    units: ["Sở Giáo dục và Đào tạo", "Trường THPT Chuyên Cao Bằng", "Trường Cao đẳng Sư phạm Cao Bằng", "Trường THPT Hòa An", "Trường PT Dân tộc nội trú tỉnh"],
    blocks: [{ course: "ths-gd", count: 22 }, { course: "llct", count: 30 }, { course: "qlnn-cvc", count: 12 }, { course: "kynang", count: 20 }],
  },
  {
    file: "02-so-y-te.xlsx",
    vi: "Sở Y tế: cột Lĩnh vực \"Y tế\"; mười dòng gõ chương trình bằng TCVN3 (\"Th¹c sÜ\", phông .VnTime); có dòng \"Tổng cộng\".",
    en: "Department of Health: a \"Lĩnh vực\" column (\"Y tế\"); ten rows type the programme in TCVN3 (\"Th¹c sÜ\", .VnTime font); a \"Tổng cộng\" line.",
    sheet: "CKI-ThS-LLCT",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "SỞ Y TẾ"], motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO CHUYÊN KHOA CẤP I, THẠC SĨ, LÝ LUẬN CHÍNH TRỊ VÀ BỒI DƯỠNG",
      subtitle: "(Kèm theo Công văn số 2051/SYT-TCCB ngày 22/11/2019 của Sở Y tế)",
      placeAndDate: "Cao Bằng, ngày 22 tháng 11 năm 2019", signers: signers("Bế Thị Ngọc", "Nông Quang Huy"),
    },
    columns: NAM_NU_WITH_FIELD, numbering: "parenthesised", total: true, field: "Y tế",
    units: ["Bệnh viện Đa khoa tỉnh Cao Bằng", "Bệnh viện Y dược cổ truyền tỉnh", "Trung tâm Y tế huyện Hà Quảng", "Trung tâm Y tế huyện Nguyên Bình", "Trung tâm Kiểm soát bệnh tật tỉnh"],
    blocks: [
      { course: "cki-yte", count: 80 }, { course: "ths-yte", count: 27 }, { course: "ths-yte", count: 10, variant: "tcvn3" },
      { course: "llct", count: 25 }, { course: "qlnn-cvc", count: 10 }, { course: "ldql", count: 15 },
    ],
  },
  {
    file: "03-so-van-hoa-the-thao-du-lich.xlsx",
    vi: "Sở Văn hóa, Thể thao và Du lịch: thạc sĩ lĩnh vực văn hóa (4) và thể dục thể thao (2, ngoài các danh mục có chỉ tiêu); không ai học về du lịch.",
    en: "Department of Culture, Sports and Tourism: master's in culture (4) and in sports (2, outside every targeted category); nobody in tourism.",
    sheet: "Danh sach",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"], motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÔNG CHỨC, VIÊN CHỨC ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG",
      subtitle: "(Kèm theo Báo cáo số 612/BC-SVHTTDL ngày 26/11/2019)",
      placeAndDate: "Cao Bằng, ngày 26 tháng 11 năm 2019", signers: signers("Hà Thị Hằng", "Mạc Đức Sơn", "GIÁM ĐỐC"),
    },
    columns: NAM_NU_WITH_FIELD, numbering: "plain", field: "Văn hóa",
    units: ["Sở Văn hóa, Thể thao và Du lịch", "Bảo tàng tỉnh Cao Bằng", "Thư viện tỉnh Cao Bằng", "Trung tâm Văn hóa - Điện ảnh tỉnh", "Đoàn Nghệ thuật tỉnh"],
    blocks: [{ course: "ths-vh", count: 4 }, { course: "ths-tdtt", count: 2 }, { course: "llct", count: 15 }, { course: "kynang", count: 16 }, { course: "dunguon", count: 10 }],
  },
  {
    file: "04-so-noi-vu.xlsx",
    vi: "Sở Nội vụ: danh sách giữ trong một bảng Excel (Table), một hàng tiêu đề, cột ngày sinh và giới tính.",
    en: "Department of Home Affairs: the list kept in an Excel table, one header row, birth-date and gender columns.",
    sheet: "Boi duong",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "SỞ NỘI VỤ"], motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐƯỢC CỬ ĐI BỒI DƯỠNG",
      subtitle: "(Kèm theo Báo cáo số 740/BC-SNV ngày 29/11/2019 của Sở Nội vụ)",
      placeAndDate: "Cao Bằng, ngày 29 tháng 11 năm 2019", signers: signers("La Thị Yến", "Đinh Quang Bình"),
    },
    columns: TABLE_ROSTER, numbering: "none", table: "BoiDuong",
    units: ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Công Thương", "Văn phòng UBND tỉnh"],
    blocks: [{ course: "qlnn-cvcc", count: 12 }, { course: "qlnn-cvc", count: 30 }, { course: "ldql", count: 60 }, { course: "kynang", count: 45 }, { course: "dunguon", count: 40 }],
  },
  {
    file: "05-truong-chinh-tri-hoang-dinh-giong.xlsx",
    vi: "Trường Chính trị Hoàng Đình Giong: các lớp cao cấp lý luận chính trị, dự nguồn, lãnh đạo quản lý cấp sở; ba mươi dòng dán từ web ở dạng Unicode tổ hợp (NFD); hai người cũng có trong danh sách của Sở Y tế và Sở Giáo dục.",
    en: "Hoàng Đình Giong Political School: advanced political theory, source-cadre and department-level management classes; thirty rows pasted from the web in decomposed Unicode (NFD); two people are also on the Health and Education lists.",
    sheet: "Hoc vien",
    letterhead: {
      issuer: ["TỈNH ỦY CAO BẰNG", "TRƯỜNG CHÍNH TRỊ HOÀNG ĐÌNH GIONG"], motto: PARTY_MOTTO,
      title: "DANH SÁCH HỌC VIÊN CÁC LỚP ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ LÃNH ĐẠO, QUẢN LÝ",
      subtitle: "(Kèm theo Báo cáo số 98-BC/TCT ngày 27/11/2019)",
      placeAndDate: "Cao Bằng, ngày 27 tháng 11 năm 2019", signers: signers("Triệu Thị Vân", "Sầm Văn Long", "HIỆU TRƯỞNG"),
    },
    columns: TRAINING_NAM_NU, numbering: "plain",
    units: ["Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "UBND huyện Bảo Lạc", "Huyện ủy Hà Quảng", "UBND thành phố Cao Bằng", "Đảng ủy xã Hưng Đạo", "Sở Tài nguyên và Môi trường"],
    blocks: [{ course: "llct", count: 220 }, { course: "llct", count: 30, variant: "nfd" }, { course: "dunguon", count: 103 }, { course: "ldql", count: 40 }],
  },
  {
    file: "06-ubnd-huyen-hoa-an.xlsx",
    vi: "UBND huyện Hòa An: một hàng tiêu đề, cột Lĩnh vực, \"Thạc sỹ\" viết bằng y; không có cột đơn vị (đơn vị là UBND huyện ở tiêu đề).",
    en: "Hòa An District People's Committee: one header row, a field column, \"Thạc sỹ\" spelt with y; no unit column (the unit is the district, from the letterhead).",
    sheet: "Danh sach 2019",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "UBND HUYỆN HÒA AN"], motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP HUYỆN, CẤP XÃ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG",
      subtitle: "(Kèm theo Báo cáo số 455/BC-UBND ngày 21/11/2019)",
      placeAndDate: "Hòa An, ngày 21 tháng 11 năm 2019", signers: signers("Lương Thị Hoa", "Hoàng Văn Cường", "CHỦ TỊCH"),
    },
    columns: ONE_ROW_WITH_FIELD, numbering: "parenthesised", field: "Quản lý nhà nước",
    units: [],
    blocks: [{ course: "ths-gd", count: 8, variant: "thac-sy" }, { course: "llct", count: 60 }, { course: "qlnn-cvc", count: 15 }, { course: "kynang", count: 80 }],
  },
  {
    file: "07-huyen-uy-trung-khanh.xlsx",
    vi: "Huyện ủy Trùng Khánh: một hàng tiêu đề, không có cột đơn vị; một cán bộ luân chuyển về huyện cũng đi học cao cấp lý luận chính trị.",
    en: "Trùng Khánh District Party Committee: one header row, no unit column; a cadre rotated to the district also studies advanced political theory.",
    sheet: "Dao tao, boi duong",
    letterhead: {
      issuer: ["ĐẢNG BỘ TỈNH CAO BẰNG", "HUYỆN ỦY TRÙNG KHÁNH"], motto: PARTY_MOTTO,
      title: "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG",
      subtitle: "(Kèm theo Báo cáo số 112-BC/HU ngày 20/11/2019)",
      placeAndDate: "Trùng Khánh, ngày 20 tháng 11 năm 2019", signers: signers("Vi Thị Hoa", "Phùng Đức Hải", "T/M BAN THƯỜNG VỤ"),
    },
    columns: TRAINING_ONE_ROW, numbering: "parenthesised",
    units: [],
    blocks: [{ course: "llct", count: 50 }, { course: "ldql", count: 24 }, { course: "kynang", count: 80 }],
  },
  {
    file: "08-ban-to-chuc-tinh-uy-luan-chuyen.xlsx",
    vi: "Ban Tổ chức Tỉnh ủy: cán bộ diện Ban Thường vụ Tỉnh ủy quản lý được luân chuyển 2016–2019 (tiêu đề \"Luân chuyển\" gộp trên ba cột).",
    en: "Provincial Party Organisation Board: cadres rotated in 2016–2019 (a merged \"Luân chuyển\" header over three columns).",
    sheet: "Luan chuyen",
    letterhead: {
      issuer: ["ĐẢNG BỘ TỈNH CAO BẰNG", "BAN TỔ CHỨC TỈNH ỦY"], motto: PARTY_MOTTO,
      title: "DANH SÁCH CÁN BỘ LUÂN CHUYỂN DIỆN BAN THƯỜNG VỤ TỈNH ỦY QUẢN LÝ GIAI ĐOẠN 2016 – 2019",
      subtitle: "(Kèm theo Báo cáo số 215-BC/BTCTU ngày 28/11/2019)",
      placeAndDate: "Cao Bằng, ngày 28 tháng 11 năm 2019", signers: signers("Hứa Thị Trang", "Sầm Văn Việt", "K/T TRƯỞNG BAN"),
    },
    columns: ROTATION, numbering: "parenthesised",
    units: [],
    blocks: [{ course: "rotation", count: 24 }],
  },
];
