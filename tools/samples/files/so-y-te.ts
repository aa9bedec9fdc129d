import { date, namNu, SO_LETTERHEAD_MOTTO, TRAINING_NAM_NU } from "../layouts";
import { person, pick, seededRng } from "../people";
import type { SampleFile, SampleValue } from "../sample-types";

const rng = seededRng(2019_02);
const UNITS = ["Bệnh viện Đa khoa tỉnh Cao Bằng", "Bệnh viện Y dược cổ truyền tỉnh", "Trung tâm Y tế huyện Hà Quảng", "Trung tâm Y tế huyện Nguyên Bình", "Trung tâm Kiểm soát bệnh tật tỉnh"];
const SPECIALTIES = ["Nội khoa", "Ngoại khoa", "Sản phụ khoa", "Nhi khoa", "Y học cổ truyền", "Gây mê hồi sức"];
const INSTITUTIONS = ["Trường Đại học Y Dược - Đại học Thái Nguyên", "Trường Đại học Y Hà Nội"];

/** A doctor sent for a first-level specialisation (CKI) by the department's decision of 20/08/2019. */
function specialist(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return {
    position: "Bác sĩ",
    unit: pick(rng, UNITS),
    programme: "Chuyên khoa cấp I",
    major: pick(rng, SPECIALTIES),
    institution: pick(rng, INSTITUTIONS),
    start: date(2019, 9, 9),
    end: date(2021, 9, 9),
    decision: "1568/QĐ-SYT",
    decisionDate: date(2019, 8, 20),
    ...cells,
  };
}

/** A master's in public health, on the same decision. */
function publicHealth(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return specialist({ programme: "Thạc sĩ", major: "Y tế công cộng", institution: "Trường Đại học Y tế công cộng", end: date(2021, 6, 30), ...cells });
}

const young = () => namNu(person(rng, 1983, 1993));
/** Listed twice: the row was copied down again when the list was merged from two units' returns. */
const TUNG = specialist({ name: "Mạc Văn Tùng", male: date(1986, 7, 21), ethnicity: "Tày" });

export const SO_Y_TE: SampleFile = {
  file: "02-so-y-te.xlsx",
  vi: "Sở Y tế: bác sĩ được cử đi học chuyên khoa cấp I và thạc sĩ năm 2019, có dòng \"Tổng cộng\".",
  en: "Department of Health: doctors sent for first-level specialisation (CKI) and master's degrees in 2019, with a \"Tổng cộng\" line.",
  sheet: {
    name: "CKI-ThS 2019",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "SỞ Y TẾ"],
      motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO CHUYÊN KHOA CẤP I, THẠC SĨ NĂM 2019",
      subtitle: "(Kèm theo Công văn số 2051/SYT-TCCB ngày 22/11/2019 của Sở Y tế)",
      placeAndDate: "Cao Bằng, ngày 22 tháng 11 năm 2019",
      signers: [["Người lập biểu", "Bế Thị Ngọc"], ["Thủ trưởng đơn vị", "Nông Quang Huy"]],
    },
    columns: TRAINING_NAM_NU,
    numbering: "parenthesised",
    total: true,
    rows: [
      specialist(young()),
      TUNG,
      specialist(young()),
      specialist({ name: { text: "Löông Thò Hueä", font: "VNI-Times" }, female: date(1989, 10, 2), ethnicity: "Nùng" }),
      publicHealth(young()),
      specialist({ name: "Lý Văn Cường", male: "31/02/1986", ethnicity: "Nùng" }),
      specialist(young()),
      publicHealth({ name: "Hà Thị Thảo", male: date(1988, 4, 17), female: date(1988, 4, 17), ethnicity: "Tày" }),
      specialist(young()),
      TUNG,
      publicHealth(young()),
    ],
  },
  planted: [
    { rule: "legacy-encoding", row: 3, column: "name", fix: "Lương Thị Huệ", vi: "Họ tên gõ bằng mã VNI, phông VNI-Times (\"Löông Thò Hueä\" là \"Lương Thị Huệ\")", en: "A name typed in VNI with the VNI-Times font (\"Löông Thò Hueä\" is \"Lương Thị Huệ\")" },
    { rule: "invalid-date", row: 5, column: "male", vi: "Ngày sinh không có thật: 31/02/1986", en: "A birth date that does not exist: 31/02/1986" },
    { rule: "gender-conflict", row: 7, column: "female", vi: "Ngày sinh ghi ở cả cột Nam và cột Nữ", en: "The birth date filled in under both Nam and Nữ" },
    { rule: "duplicate-person", row: 9, column: "name", vi: "\"Mạc Văn Tùng\", sinh 21/07/1986, ghi hai lần (dòng sau trùng dòng trước)", en: "\"Mạc Văn Tùng\", born 21/07/1986, listed twice (the later row repeats the earlier)" },
  ],
};
