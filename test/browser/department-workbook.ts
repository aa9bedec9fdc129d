/**
 * The workbook `npm run preview` opens by default: a department's training roster as departments send it
 * (letterhead, title band, a numbering row under the header, real dates), with the mistakes clerks make:
 * a name typed in TCVN3, a birth date typed as text, an ethnic group without its marks, a doubled space,
 * a master's student over the age limit, a row without its decision; and beside it the cadres it rotated.
 */
import { type FakeValue, type WorkbookModel, workbookFromGrid } from "../host";
import type { GridSheet } from "../host/workbook-from-grid";
import { rotationSheet } from "./rotation-sheet";

export const DEPARTMENT_SHEET = "Dao tao 2024";
const DATE = "dd/mm/yyyy";

/** A day as Excel keeps it: the serial number of the 1900 date system. */
const serial = (d: number, m: number, y: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

const HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Dân tộc",
  "Chức vụ",
  "Đơn vị công tác",
  "Chương trình đào tạo",
  "Chuyên ngành",
  "Cơ sở đào tạo",
  "Số quyết định",
  "Ngày quyết định",
];

type Person = [string, FakeValue, string, string, string, string, string, string, string, string | null];

const MASTERS = ["Thạc sĩ", "Y tế công cộng", "Trường Đại học Y Dược Thái Nguyên"] as const;
const LLCT = ["Cao cấp lý luận chính trị", "", "Học viện Chính trị khu vực I"] as const;
const CKI = ["Chuyên khoa cấp I", "Nội khoa", "Trường Đại học Y Hà Nội"] as const;

function person(
  name: string,
  born: FakeValue,
  gender: string,
  ethnicity: string,
  position: string,
  unit: string,
  course: readonly [string, string, string],
  decision: string | null,
): Person {
  return [name, born, gender, ethnicity, position, unit, ...course, decision];
}

const PEOPLE: readonly Person[] = [
  person("Nông Thị Hoa", serial(12, 3, 1990), "Nữ", "Tày", "Bác sĩ", "Bệnh viện Đa khoa tỉnh", MASTERS, "512/QĐ-SYT"),
  person("Lục Văn Thắng", serial(5, 11, 1988), "Nam", "Nùng", "Bác sĩ", "Bệnh viện Đa khoa tỉnh", CKI, "512/QĐ-SYT"),
  person(
    "N«ng V¨n Thµnh",
    serial(14, 3, 1987),
    "Nam",
    "Tày",
    "Bác sĩ",
    "Trung tâm Y tế huyện Hà Quảng",
    CKI,
    "512/QĐ-SYT",
  ),
  person(
    "Đàm Thị Huyền",
    "15/08/1985",
    "Nữ",
    "Nùng",
    "Điều dưỡng trưởng",
    "Bệnh viện Y dược cổ truyền",
    MASTERS,
    "512/QĐ-SYT",
  ),
  person(
    "Hoàng Văn Khánh",
    serial(2, 2, 1984),
    "Nam",
    "Tày",
    "Phó Giám đốc",
    "Trung tâm Kiểm soát bệnh tật",
    LLCT,
    "98-QĐ/TU",
  ),
  person(
    "Triệu Đức Long",
    serial(3, 5, 1972),
    "Nam",
    "Dao",
    "Trưởng khoa",
    "Bệnh viện Đa khoa tỉnh",
    MASTERS,
    "512/QĐ-SYT",
  ),
  person(
    "Hoàng  Thị Mai",
    serial(9, 9, 1991),
    "Nữ",
    "Tày",
    "Bác sĩ",
    "Trung tâm Y tế huyện Nguyên Bình",
    CKI,
    "512/QĐ-SYT",
  ),
  person(
    "Vàng Seo Dìn",
    serial(21, 6, 1989),
    "Nam",
    "Mong",
    "Bác sĩ",
    "Trung tâm Y tế huyện Bảo Lâm",
    CKI,
    "512/QĐ-SYT",
  ),
  person("Bế Thị Ngọc", serial(30, 1, 1986), "Nữ", "Tày", "Trưởng phòng", "Sở Y tế", LLCT, "98-QĐ/TU"),
  person("Ma Văn Đức", serial(7, 7, 1985), "Nam", "Tày", "Phó Trưởng phòng", "Sở Y tế", LLCT, null),
  person("Lý Thị Phương", serial(18, 4, 1992), "Nữ", "Dao", "Dược sĩ", "Bệnh viện Đa khoa tỉnh", MASTERS, "512/QĐ-SYT"),
  person(
    "Sầm Văn Việt",
    serial(11, 10, 1983),
    "Nam",
    "Tày",
    "Trưởng khoa",
    "Bệnh viện Y dược cổ truyền",
    CKI,
    "512/QĐ-SYT",
  ),
];

/** The cell of a person's name typed with the .VnTime font, as TCVN3 text only reads right in it. */
const LEGACY_ROW = 2;

function departmentSheet(): GridSheet {
  const top: FakeValue[][] = [
    ["UBND TỈNH CAO BẰNG", null, null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỞ Y TẾ", null, null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO, BỒI DƯỠNG NĂM 2024"],
    ["(Kèm theo Công văn số 2051/SYT-TCCB ngày 22/11/2024 của Sở Y tế)"],
    [],
    HEADER,
    HEADER.map((_, i) => `(${i + 1})`),
  ];
  const data = PEOPLE.map((p, i) => [i + 1, ...p, p[9] === null ? null : serial(15, 8, 2024)]);
  const rows = [...top, ...data];
  const dateColumns = new Set([2, 11]);
  return {
    name: DEPARTMENT_SHEET,
    rows,
    numberFormats: rows.map((row, r) =>
      row.map((v, c) => (r >= top.length && dateColumns.has(c) && typeof v === "number" ? DATE : null)),
    ),
    fonts: rows.map((row, r) =>
      row.map((v, c) => (v === null ? null : r === top.length + LEGACY_ROW && c === 1 ? ".VnTime" : "Times New Roman")),
    ),
    merges: ["A4:L4", "A5:L5"],
  };
}

export function departmentWorkbook(): WorkbookModel {
  const notes: GridSheet = {
    name: "Ghi chú",
    rows: [["Danh sách gửi Ban Tổ chức Tỉnh ủy trước ngày 15/12."], ["Người lập biểu: Bế Thị Ngọc"]],
  };
  return workbookFromGrid([departmentSheet(), rotationSheet(), notes], { active: DEPARTMENT_SHEET, selection: "A1" });
}
