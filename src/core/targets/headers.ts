import { matchKey } from "./match-key";

/** What a column of a targets sheet holds. "education" (Trình độ) is matched against the programme too. */
export type TargetColumn = "label" | "target" | "programme" | "education" | "field" | "level" | "kind";

const WORDINGS: Readonly<Record<TargetColumn, readonly string[]>> = {
  label: [
    "danh mục",
    "hạng mục",
    "nội dung",
    "nội dung chỉ tiêu",
    "tên chỉ tiêu",
    "danh mục chỉ tiêu",
    "chỉ tiêu / danh mục",
    "category",
  ],
  target: ["chỉ tiêu", "số chỉ tiêu", "kế hoạch", "chỉ tiêu kế hoạch", "số lượng chỉ tiêu", "target", "quota"],
  programme: [
    "chương trình",
    "chương trình đào tạo",
    "chương trình đào tạo, bồi dưỡng",
    "hình thức đào tạo",
    "programme",
    "program",
  ],
  education: ["trình độ", "trình độ đào tạo", "education level"],
  field: ["lĩnh vực", "ngành", "ngành, lĩnh vực", "lĩnh vực đào tạo", "field"],
  level: ["cấp", "cấp hành chính", "cấp quản lý", "level"],
  kind: ["loại", "loại hình", "loại danh sách", "kind"],
};

const BY_KEY: ReadonlyMap<string, TargetColumn> = new Map(
  (Object.entries(WORDINGS) as [TargetColumn, readonly string[]][]).flatMap(([column, wordings]) =>
    wordings.map((w) => [matchKey(w), column] as const),
  ),
);

/** A header's bracketed remark ("Chỉ tiêu (người)", "Cấp (tỉnh/huyện/xã)") does not change what it heads. */
const REMARK = /\([^)]*\)/g;

/** The column a header cell names, or null for any other column (STT, Thực hiện, Tỷ lệ, Ghi chú…). */
export function targetColumn(header: string): TargetColumn | null {
  return BY_KEY.get(matchKey(header.replace(REMARK, " "))) ?? null;
}
