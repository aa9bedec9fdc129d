import type { CategoryResult, ConsolidatedRow } from "../../../src/core/consolidate/types";
import type { AchievementInput } from "../../../src/core/sheets";

type Line = [label: string, sent: number, target: number | null];

/** The article's seven categories with a target, a category without one and one nobody was sent for. */
export const ARTICLE: readonly Line[] = [
  ["Thạc sĩ – Giáo dục", 30, 10],
  ["Y tế: chuyên khoa cấp I và thạc sĩ", 117, 41],
  ["Văn hóa, du lịch", 4, 4],
  ["Bồi dưỡng QLNN ngạch chuyên viên cao cấp, chuyên viên chính", 79, 175],
  ["Bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương", 139, 200],
  ["Cao cấp lý luận chính trị (tập trung và không tập trung)", 430, 181],
  ["Luân chuyển cán bộ diện Ban Thường vụ Tỉnh ủy quản lý", 24, 40],
  ["=Bồi dưỡng kỹ năng lãnh đạo, quản lý", 241, null],
  ["Tiến sĩ", 0, null],
];

/** The shares of target the article reports for its first seven categories. */
export const ARTICLE_PERCENTS = ["300%", "285%", "100%", "45%", "70%", "238%", "60%"];

function category([label, sent, target]: Line, row: number): CategoryResult {
  return {
    label,
    row,
    target,
    rows: sent,
    sent,
    zeroSent: sent === 0,
    share: target ? sent / target : null,
    percent: target ? Math.round((sent * 100) / target) : null,
    status: target ? (sent > target ? "exceeded" : sent === target ? "met" : "not-met") : null,
    gap: target ? Math.max(0, target - sent) : null,
  };
}

/** The article's results as the achievement report takes them (seven files, 1,264 people). */
export const ARTICLE_INPUT: Omit<AchievementInput, "madeAt"> = {
  achievement: ARTICLE.map((line, i) => category(line, 5 + i)),
  rotation: { label: ARTICLE[6][0], rotated: 24, quota: 40, share: 0.6, percent: 60 },
  files: 7,
  people: 1264,
};

/** One person of a consolidated roster: a doctor of the provincial hospital, numbered `i`. */
export function consolidatedPerson(i: number, overrides: Partial<ConsolidatedRow> = {}): ConsolidatedRow {
  return {
    file: "02-so-y-te.xlsx",
    sheet: "Danh sách",
    row: 6 + i,
    nameColumn: "B",
    name: `Nguyễn Văn Bình ${i}`,
    key: `nguyen van binh ${i}`,
    birth: { y: 1985, m: 3, d: 7 },
    birthYearOnly: false,
    gender: "male",
    unit: "Bệnh viện Đa khoa tỉnh",
    level: "province",
    programme: "Chuyên khoa cấp I",
    field: "Y tế",
    major: "Nội khoa",
    kind: "training",
    section: null,
    sent: { y: 2018, m: 9, d: 5 },
    ethnicity: "Tày",
    list: "DANH SÁCH CÁN BỘ ĐƯỢC CỬ ĐI ĐÀO TẠO",
    categories: [1],
    ...overrides,
  };
}
