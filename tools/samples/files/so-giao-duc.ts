import { date, namNu, SO_LETTERHEAD_MOTTO, TRAINING_NAM_NU } from "../layouts";
import { between, person, pick, seededRng } from "../people";
import type { ColumnSpec, SampleFile, SampleValue } from "../sample-types";

const rng = seededRng(2019_01);
const UNITS = ["Trường THPT Thành phố Cao Bằng", "Trường THPT Hòa An", "Trường THPT Trùng Khánh", "Trường PT DTNT tỉnh Cao Bằng", "Trường THPT Bảo Lạc", "Phòng GD&ĐT huyện Hà Quảng"];
const POSITIONS = ["Giáo viên", "Tổ trưởng chuyên môn", "Phó Hiệu trưởng", "Chuyên viên"];
const MAJORS = ["Quản lý giáo dục", "Lý luận và PPDH bộ môn Toán", "Ngôn ngữ Anh", "Hóa học", "Văn học Việt Nam", "Quản lý giáo dục"];
const INSTITUTIONS = ["Trường Đại học Sư phạm - Đại học Thái Nguyên", "Trường Đại học Sư phạm Hà Nội", "Học viện Quản lý giáo dục"];

/** The department's roster with the start of service and the commitment to serve that postgraduate study asks for. */
const COLUMNS: readonly ColumnSpec[] = TRAINING_NAM_NU.flatMap((c) =>
  c.key === "decisionDate"
    ? [c, { key: "service", header: "Ngày tuyển dụng", width: 12 }, { key: "commitment", header: "Cam kết phục vụ", width: 12 }]
    : [c],
);

/** A teacher sent for a master's degree by the department's decision of 15/08/2019. */
function master(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return {
    position: pick(rng, POSITIONS),
    unit: pick(rng, UNITS),
    programme: "Thạc sĩ",
    major: pick(rng, MAJORS),
    institution: pick(rng, INSTITUTIONS),
    start: date(2019, 9, 1),
    end: date(2021, 8, 31),
    decision: "1245/QĐ-SGDĐT",
    decisionDate: date(2019, 8, 15),
    service: date(2012, 9, 1),
    commitment: "Đã ký",
    ...cells,
  };
}

const young = () => namNu(person(rng, 1982, 1992));

export const SO_GIAO_DUC: SampleFile = {
  file: "01-so-giao-duc-dao-tao.xlsx",
  vi: "Sở Giáo dục và Đào tạo: giáo viên được cử đi học thạc sĩ năm 2019 (tiêu đề Nam/Nữ hai dòng, dòng đánh số (1)…(15)).",
  en: "Department of Education and Training: teachers sent for a master's degree in 2019 (two-row Nam/Nữ header, numbering row (1)…(15)).",
  sheet: {
    name: "DS cu di hoc",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
      motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÁN BỘ, GIÁO VIÊN ĐƯỢC CỬ ĐI ĐÀO TẠO SAU ĐẠI HỌC NĂM 2019",
      subtitle: "(Kèm theo Báo cáo số 312/BC-SGDĐT ngày 20/11/2019 của Sở Giáo dục và Đào tạo)",
      placeAndDate: "Cao Bằng, ngày 20 tháng 11 năm 2019",
      signers: [["Người lập biểu", "Lục Thị Hằng"], ["Thủ trưởng đơn vị", "Hoàng Văn Khánh"]],
    },
    columns: COLUMNS,
    numbering: "parenthesised",
    rows: [
      master(young()),
      master({ ...young(), service: date(2017, 9, 5) }),
      master({ name: { text: "N«ng V¨n Thµnh", font: ".VnTime" }, male: date(1987, 3, 14), ethnicity: "Tày" }),
      master({ ...young(), commitment: null }),
      master({ name: "Đàm Thị Thu Huyền", female: "15/08/1985", ethnicity: "Nùng" }),
      master({ ...young(), start: date(2019, 8, 1) }),
      master({ name: "Triệu Đức Long", male: date(1976, 5, 3), ethnicity: "Dao", position: "Phó Hiệu trưởng" }),
      master(young()),
      master({ name: "Hoàng  Thị Mai", female: date(1990, between(rng, 1, 12), 9), ethnicity: "Tày" }),
      master(young()),
    ],
  },
  planted: [
    { rule: "service-years", row: 1, column: "service", vi: "Tuyển dụng 05/09/2017, cử đi học thạc sĩ 15/08/2019: chưa đủ 3 năm công tác (Nghị định 101/2017)", en: "Recruited 05/09/2017, sent for a master's on 15/08/2019: under 3 years of service (Nghị định 101/2017)" },
    { rule: "missing-commitment", row: 3, column: "commitment", vi: "Đi học thạc sĩ mà chưa có cam kết phục vụ", en: "Sent for a master's without a commitment to serve" },
    { rule: "decision-after-start", row: 5, column: "start", vi: "Bắt đầu học 01/08/2019, trước quyết định cử đi học ngày 15/08/2019", en: "Training began on 01/08/2019, before the decision of 15/08/2019 sending the teacher" },
    { rule: "legacy-encoding", row: 2, column: "name", fix: "Nông Văn Thành", vi: "Họ tên gõ bằng mã TCVN3, phông .VnTime (\"N«ng V¨n Thµnh\" là \"Nông Văn Thành\")", en: "A name typed in TCVN3 with the .VnTime font (\"N«ng V¨n Thµnh\" is \"Nông Văn Thành\")" },
    { rule: "text-date", row: 4, column: "female", vi: "Ngày sinh gõ dạng chữ \"15/08/1985\" trong cột toàn ngày thật", en: "A birth date typed as text, \"15/08/1985\", in a column of real dates" },
    { rule: "age-limit", row: 6, column: "male", vi: "Sinh 03/05/1976: 43 tuổi khi có quyết định cử đi học thạc sĩ (tối đa 40)", en: "Born 03/05/1976: 43 at the decision sending him for a master's (limit 40)" },
    { rule: "whitespace", row: 8, column: "name", fix: "Hoàng Thị Mai", vi: "Hai dấu cách liền nhau trong họ tên \"Hoàng  Thị Mai\"", en: "Two spaces in a row in the name \"Hoàng  Thị Mai\"" },
  ],
};
