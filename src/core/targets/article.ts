/**
 * A category as a targets sheet writes it: the cell texts of its row. `articleTarget` is the target the
 * 2019 review of Chương trình 12-CTr/TU implies (sent ÷ share of plan); null where the article gives none.
 */
export interface CategoryRow {
  label: string;
  programme: string;
  field: string;
  level: string;
  kind: "Đào tạo" | "Bồi dưỡng" | "Luân chuyển";
  articleTarget: number | null;
}

/**
 * The categories of the programme's 2019 review, in its order: the seven with a share of plan, the two it
 * counts without one, and the two it names as not yet started (no doctorate, no tourism).
 */
export const ARTICLE_CATEGORIES: readonly CategoryRow[] = [
  {
    label: "Thạc sĩ – Giáo dục",
    programme: "Thạc sĩ",
    field: "Giáo dục",
    level: "",
    kind: "Đào tạo",
    articleTarget: 10,
  },
  {
    label: "Y tế: chuyên khoa cấp I và thạc sĩ",
    programme: "Chuyên khoa cấp I; Thạc sĩ",
    field: "Y tế",
    level: "",
    kind: "Đào tạo",
    articleTarget: 41,
  },
  {
    label: "Văn hóa, du lịch",
    programme: "Thạc sĩ; Tiến sĩ",
    field: "Văn hóa; Du lịch",
    level: "",
    kind: "Đào tạo",
    articleTarget: 4,
  },
  {
    label: "Bồi dưỡng QLNN ngạch chuyên viên cao cấp, chuyên viên chính",
    programme: "Chuyên viên cao cấp; Chuyên viên chính",
    field: "",
    level: "",
    kind: "Bồi dưỡng",
    articleTarget: 175,
  },
  {
    label: "Bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương",
    programme: "Lãnh đạo, quản lý cấp sở",
    field: "",
    level: "",
    kind: "Bồi dưỡng",
    articleTarget: 200,
  },
  {
    label: "Cao cấp lý luận chính trị (tập trung và không tập trung)",
    programme: "Cao cấp lý luận chính trị",
    field: "",
    level: "",
    kind: "Đào tạo",
    articleTarget: 181,
  },
  {
    label: "Luân chuyển cán bộ diện Ban Thường vụ Tỉnh ủy quản lý",
    programme: "",
    field: "",
    level: "",
    kind: "Luân chuyển",
    articleTarget: 40,
  },
  {
    label: "Bồi dưỡng kỹ năng lãnh đạo, quản lý",
    programme: "Kỹ năng lãnh đạo, quản lý",
    field: "",
    level: "",
    kind: "Bồi dưỡng",
    articleTarget: null,
  },
  {
    label: "Bồi dưỡng cán bộ dự nguồn",
    programme: "Dự nguồn",
    field: "",
    level: "",
    kind: "Bồi dưỡng",
    articleTarget: null,
  },
  { label: "Tiến sĩ", programme: "Tiến sĩ", field: "", level: "", kind: "Đào tạo", articleTarget: null },
  { label: "Du lịch", programme: "", field: "Du lịch", level: "", kind: "Đào tạo", articleTarget: null },
];
