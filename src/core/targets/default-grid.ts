import type { CellValue } from "../grid/types";
import type { Language } from "../report/types";
import { ARTICLE_CATEGORIES, type CategoryRow } from "./article";

/** A targets sheet to write: its cells, and where its header row and target column are (0-based). */
export interface TargetsGrid {
  values: CellValue[][];
  headerRow: number;
  targetColumn: number;
}

const TEXT: Readonly<
  Record<
    Language,
    {
      title: string;
      /** The article programme's term, as the title names it. */
      term: string;
      note: string;
      header: readonly string[];
      kind: Readonly<Record<CategoryRow["kind"], string>>;
    }
  >
> = {
  vi: {
    title: "CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG VÀ LUÂN CHUYỂN CÁN BỘ",
    term: " GIAI ĐOẠN 2016 – 2020",
    note:
      "Mỗi dòng một danh mục. Chương trình, Lĩnh vực, Cấp (Tỉnh/Huyện/Xã), Loại (Đào tạo/Bồi dưỡng/Luân chuyển/Quy hoạch) xác định danh mục; " +
      'để trống là không giới hạn; nhiều lựa chọn cách nhau bằng dấu ";". Chỉ tiêu để trống là chưa đặt. ' +
      'Ghi kỳ của chương trình vào tiêu đề ("… GIAI ĐOẠN 2021 – 2025") để có dự báo cuối kỳ.',
    header: ["STT", "Danh mục", "Chương trình", "Lĩnh vực", "Cấp", "Loại", "Chỉ tiêu"],
    kind: { "Đào tạo": "Đào tạo", "Bồi dưỡng": "Bồi dưỡng", "Luân chuyển": "Luân chuyển" },
  },
  en: {
    title: "TARGETS FOR TRAINING AND ROTATION OF CADRES",
    term: ", TERM 2016 – 2020",
    note:
      "One category a row. Programme, Field, Level (Tỉnh/Huyện/Xã), Kind (Training/Rotation/Planning) define the category; " +
      'blank means any; separate alternatives with ";". A blank target is not set yet. ' +
      'Name the programme\'s term in the title ("…, TERM 2021 – 2025") for an end-of-term forecast.',
    header: ["No.", "Category", "Programme", "Field", "Level", "Kind", "Target"],
    kind: { "Đào tạo": "Training", "Bồi dưỡng": "Training", "Luân chuyển": "Rotation" },
  },
};

/**
 * The targets sheet the task pane and the samples create: a title, a note on how to fill it in, the header
 * and the article's categories, with blank targets or (`fill: "article"`) the targets the article implies.
 * Category wordings and criteria stay Vietnamese in both languages: they are matched against rosters.
 */
export function defaultTargetsGrid(lang: Language, fill: "blank" | "article" = "blank"): TargetsGrid {
  const text = TEXT[lang];
  const rows: CellValue[][] = ARTICLE_CATEGORIES.map((c, i) => [
    i + 1,
    c.label,
    c.programme || null,
    c.field || null,
    c.level || null,
    text.kind[c.kind],
    fill === "article" ? c.articleTarget : null,
  ]);
  // The article's programme (Chương trình 12-CTr/TU) runs 2016–2020: its term in the title gives the forecast.
  const title = fill === "article" ? `${text.title}${text.term}` : text.title;
  return { values: [[title], [text.note], [], [...text.header], ...rows], headerRow: 3, targetColumn: 6 };
}
