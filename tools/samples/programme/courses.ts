import { date } from "../layouts";
import type { DateCell } from "../sample-types";

/** The courses the sample units sent cadres to, each as its roster rows describe it. */
export type CourseId =
  | "ths-gd" | "cki-yte" | "ths-yte" | "ths-vh" | "ths-tdtt" | "llct" | "qlnn-cvcc" | "qlnn-cvc" | "ldql" | "kynang" | "dunguon" | "rotation";

export interface Course {
  /** The ways rosters write it; each row takes one. */
  programme: readonly string[];
  majors: readonly string[];
  /** The "Lĩnh vực" a roster with that column gives it; else the unit's own field. */
  field?: string;
  institution: string;
  start: DateCell;
  end: DateCell;
  decision: string;
  decisionDate: DateCell;
  /** Birth years of the cadres sent: postgraduate study ends at 40 (Nghị định 101/2017). */
  born: readonly [number, number];
}

const POSTGRAD_BORN = [1982, 1993] as const;
const CADRE_BORN = [1972, 1990] as const;

export const COURSES: Readonly<Record<Exclude<CourseId, "rotation">, Course>> = {
  "ths-gd": {
    programme: ["Thạc sĩ"],
    majors: ["Quản lý giáo dục", "Giáo dục học", "Giáo dục chính trị", "Giáo dục tiểu học", "Giáo dục mầm non"],
    field: "Giáo dục",
    institution: "Trường Đại học Sư phạm - Đại học Thái Nguyên",
    start: date(2018, 10, 15), end: date(2020, 10, 15), decision: "1245/QĐ-SGDĐT", decisionDate: date(2018, 9, 20), born: POSTGRAD_BORN,
  },
  "cki-yte": {
    programme: ["Chuyên khoa cấp I", "Chuyên khoa cấp I", "CKI"],
    majors: ["Nội khoa", "Ngoại khoa", "Sản phụ khoa", "Nhi khoa", "Y học cổ truyền", "Gây mê hồi sức"],
    institution: "Trường Đại học Y Dược - Đại học Thái Nguyên",
    start: date(2017, 9, 11), end: date(2019, 9, 11), decision: "1568/QĐ-SYT", decisionDate: date(2017, 8, 20), born: POSTGRAD_BORN,
  },
  "ths-yte": {
    programme: ["Thạc sĩ"],
    majors: ["Y tế công cộng", "Quản lý bệnh viện"],
    institution: "Trường Đại học Y tế công cộng",
    start: date(2018, 10, 1), end: date(2020, 6, 30), decision: "1602/QĐ-SYT", decisionDate: date(2018, 9, 5), born: POSTGRAD_BORN,
  },
  "ths-vh": {
    programme: ["Thạc sĩ"],
    majors: ["Quản lý văn hóa", "Văn hóa học"],
    field: "Văn hóa",
    institution: "Trường Đại học Văn hóa Hà Nội",
    start: date(2018, 10, 20), end: date(2020, 10, 20), decision: "842/QĐ-SVHTTDL", decisionDate: date(2018, 9, 28), born: POSTGRAD_BORN,
  },
  "ths-tdtt": {
    programme: ["Thạc sĩ"],
    majors: ["Quản lý thể dục thể thao"],
    field: "Thể dục thể thao",
    institution: "Trường Đại học Thể dục thể thao Bắc Ninh",
    start: date(2019, 3, 4), end: date(2021, 3, 4), decision: "215/QĐ-SVHTTDL", decisionDate: date(2019, 2, 15), born: POSTGRAD_BORN,
  },
  llct: {
    programme: ["Cao cấp lý luận chính trị (tập trung)", "Cao cấp lý luận chính trị hệ không tập trung", "Cao cấp LLCT (không tập trung)"],
    majors: [],
    institution: "Học viện Chính trị khu vực I",
    start: date(2018, 3, 12), end: date(2020, 3, 12), decision: "1120-QĐ/TU", decisionDate: date(2018, 2, 26), born: CADRE_BORN,
  },
  "qlnn-cvcc": {
    programme: ["Bồi dưỡng QLNN ngạch chuyên viên cao cấp"],
    majors: [],
    institution: "Học viện Hành chính Quốc gia",
    start: date(2019, 5, 6), end: date(2019, 7, 26), decision: "92/QĐ-SNV", decisionDate: date(2019, 4, 19), born: CADRE_BORN,
  },
  "qlnn-cvc": {
    programme: ["Bồi dưỡng QLNN ngạch chuyên viên chính", "BD QLNN ngạch CVC"],
    majors: [],
    institution: "Trường Chính trị Hoàng Đình Giong",
    start: date(2018, 6, 4), end: date(2018, 8, 10), decision: "145/QĐ-SNV", decisionDate: date(2018, 5, 21), born: CADRE_BORN,
  },
  ldql: {
    programme: ["Bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương"],
    majors: [],
    institution: "Trường Chính trị Hoàng Đình Giong",
    start: date(2018, 8, 6), end: date(2018, 9, 14), decision: "1340-QĐ/TU", decisionDate: date(2018, 7, 23), born: CADRE_BORN,
  },
  kynang: {
    programme: ["Bồi dưỡng kỹ năng lãnh đạo, quản lý", "Bồi dưỡng kĩ năng lãnh đạo quản lý"],
    majors: [],
    institution: "Trường Chính trị Hoàng Đình Giong",
    start: date(2019, 4, 8), end: date(2019, 4, 19), decision: "1502-QĐ/TU", decisionDate: date(2019, 3, 25), born: CADRE_BORN,
  },
  dunguon: {
    programme: ["Bồi dưỡng cán bộ dự nguồn (lớp 1)", "Bồi dưỡng cán bộ dự nguồn (lớp 2)"],
    majors: [],
    institution: "Trường Chính trị Hoàng Đình Giong",
    start: date(2017, 6, 5), end: date(2017, 8, 25), decision: "865-QĐ/TU", decisionDate: date(2017, 5, 22), born: [1982, 1992],
  },
};
