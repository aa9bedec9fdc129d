import { date, TRAINING_ONE_ROW, withGender, SO_LETTERHEAD_MOTTO } from "../layouts";
import { person, pick, seededRng } from "../people";
import type { SampleFile, SampleValue } from "../sample-types";

const rng = seededRng(2019_04);
const POSITIONS = ["Trưởng phòng Nội vụ", "Phó Trưởng phòng Tài chính - Kế hoạch", "Chánh Văn phòng HĐND và UBND huyện", "Chủ tịch UBND xã Hồng Việt", "Phó Chủ tịch UBND xã Bế Triều", "Chuyên viên Phòng Nông nghiệp và PTNT"];

/** Advanced political theory, part-time, at the regional academy (2019–2021). */
function politics(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return {
    position: pick(rng, POSITIONS),
    programme: "Cao cấp lý luận chính trị (không tập trung)",
    institution: "Học viện Chính trị khu vực I",
    start: date(2019, 3, 15),
    end: date(2021, 3, 15),
    decision: "342/QĐ-UBND",
    decisionDate: date(2019, 3, 5),
    ...cells,
  };
}

/** Intermediate political theory at the province's own school. */
function intermediate(cells: Record<string, SampleValue>): Record<string, SampleValue> {
  return politics({
    programme: "Trung cấp lý luận chính trị – hành chính",
    institution: "Trường Chính trị Hoàng Đình Giong",
    start: date(2019, 4, 8),
    end: date(2020, 1, 10),
    decision: "415/QĐ-UBND",
    decisionDate: date(2019, 3, 29),
    ...cells,
  });
}

const cadre = () => withGender(person(rng, 1972, 1988));

export const UBND_HOA_AN: SampleFile = {
  file: "04-ubnd-huyen-hoa-an.xlsx",
  vi: "UBND huyện Hòa An: cán bộ đi học lý luận chính trị cao cấp và trung cấp (tiêu đề một dòng, cột Giới tính, dòng đánh số 1 2 3…, dòng STT để sẵn ở cuối).",
  en: "Hòa An district People's Committee: cadres on advanced and intermediate political theory courses (one-row header, a gender column, numbering row 1 2 3…, pre-numbered spare rows at the end).",
  sheet: {
    name: "LLCT",
    letterhead: {
      issuer: ["UBND TỈNH CAO BẰNG", "UBND HUYỆN HÒA AN"],
      motto: SO_LETTERHEAD_MOTTO,
      title: "DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐƯỢC CỬ ĐI ĐÀO TẠO LÝ LUẬN CHÍNH TRỊ NĂM 2019",
      subtitle: "(Kèm theo Báo cáo số 168/BC-UBND ngày 18/11/2019 của UBND huyện Hòa An)",
      placeAndDate: "Hòa An, ngày 18 tháng 11 năm 2019",
      signers: [["Người lập biểu", "Dương Thị Liên"], ["T/M ỦY BAN NHÂN DÂN", "Đinh Văn Toàn"]],
    },
    columns: TRAINING_ONE_ROW,
    numbering: "plain",
    spareNumberedRows: 3,
    rows: [
      politics(cadre()),
      politics(cadre()),
      intermediate({ ...cadre(), notes: "=> chuyển sang học tập trung" }),
      politics(cadre()),
      null,
      intermediate(cadre()),
      politics({ ...cadre(), end: date(2018, 3, 15) }),
      intermediate({ ...cadre(), ethnicity: "Tay" }),
      politics(cadre()),
    ],
    strays: [{ row: 3, key: "stray", value: "0912 345 678" }],
  },
  planted: [
    { rule: "formula-text", row: 2, column: "notes", vi: "Ghi chú bắt đầu bằng \"=\" (\"=> chuyển sang…\"): Excel sẽ hiểu là công thức khi nhập lại", en: "A note starting with \"=\" (\"=> chuyển sang…\"): Excel would take it for a formula if typed again" },
    { rule: "orphan-value", row: 3, column: "stray", vi: "Số điện thoại gõ ở cột không có tiêu đề, cạnh danh sách", en: "A phone number typed beside the roster, in a column without a header" },
    { rule: "blank-row", row: 4, column: "stt", vi: "Dòng trống giữa các dòng dữ liệu", en: "An empty row between data rows" },
    { rule: "date-order", row: 6, column: "end", vi: "Ngày kết thúc (15/03/2018) trước ngày bắt đầu (15/03/2019)", en: "The course ends (15/03/2018) before it starts (15/03/2019)" },
    { rule: "unknown-value", row: 7, column: "ethnicity", fix: "Tày", vi: "Dân tộc \"Tay\" không có trong danh mục; đề xuất \"Tày\"", en: "Ethnicity \"Tay\" is not in the list; \"Tày\" proposed" },
  ],
};
