import type { Language } from "../core/report/types";

export interface AchievementLabels {
  title: string;
  madeAt: string;
  source: (files: number, people: number) => string;
  /** Category, sent, target, share of plan, status, still needed, note. */
  headers: readonly [string, string, string, string, string, string, string];
  noneSent: string;
  rotation: (label: string | null) => string;
  zeroSent: string;
  chartHeaders: readonly [string, string];
  chartTitle: string;
}

export const ACHIEVEMENT_LABELS: Readonly<Record<Language, AchievementLabels>> = {
  vi: {
    title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG, LUÂN CHUYỂN",
    madeAt: "Lập lúc",
    source: (files, people) => `Số liệu từ ${files} tệp, ${people} người`,
    headers: ["Danh mục", "Đã cử", "Chỉ tiêu", "Tỷ lệ so với kế hoạch", "Đánh giá", "Còn thiếu", "Ghi chú"],
    noneSent: "Chưa cử người nào",
    rotation: (label) => `Luân chuyển: đã luân chuyển / chỉ tiêu${label ? ` (${label})` : ""}`,
    zeroSent: "Danh mục chưa cử người nào",
    chartHeaders: ["Danh mục (biểu đồ)", "Tỷ lệ"],
    chartTitle: "Tỷ lệ thực hiện so với kế hoạch",
  },
  en: {
    title: "ACHIEVEMENT OF TRAINING AND ROTATION TARGETS",
    madeAt: "Made at",
    source: (files, people) => `From ${files} ${files === 1 ? "file" : "files"}, ${people} people`,
    headers: ["Category", "Sent", "Target", "Share of plan", "Status", "Still needed", "Note"],
    noneSent: "Nobody sent yet",
    rotation: (label) => `Rotation: rotated / quota${label ? ` (${label})` : ""}`,
    zeroSent: "Categories nobody was sent for",
    chartHeaders: ["Category (chart)", "Share"],
    chartTitle: "Share of plan by category",
  },
};
