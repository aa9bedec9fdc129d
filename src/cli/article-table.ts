import { planPct, planStatus, planStatusLabel } from "../core/plan";
import type { Language } from "../core/report/types";

/** One line of the 2019 review of the programme: how many were sent, against what target, and what the article reported. */
export interface ArticleRow {
  category: string;
  sent: number;
  target: number;
  reported: string;
}

/**
 * The review's figures per category (Chương trình số 12-CTr/TU, 2016–2020). The article gives the sent
 * counts and the shares of plan; the targets are the ones those two imply.
 */
export const ARTICLE_ROWS: readonly ArticleRow[] = [
  { category: "Thạc sĩ, chuyên ngành giáo dục", sent: 30, target: 10, reported: "300% chỉ tiêu" },
  { category: "Y tế: chuyên khoa cấp I và thạc sĩ", sent: 117, target: 41, reported: "285% KH" },
  { category: "Văn hóa, du lịch", sent: 4, target: 4, reported: "100% KH" },
  { category: "Bồi dưỡng QLNN ngạch CVCC, CVC", sent: 79, target: 175, reported: "45% KH" },
  { category: "Bồi dưỡng lãnh đạo, quản lý cấp sở", sent: 139, target: 200, reported: "gần 70% KH" },
  { category: "Cao cấp lý luận chính trị", sent: 430, target: 181, reported: "238% KH" },
  { category: "Luân chuyển cán bộ diện BTV Tỉnh ủy quản lý", sent: 24, target: 40, reported: "60% KH" },
];

const HEADINGS: Readonly<Record<Language, readonly string[]>> = {
  vi: ["Hạng mục", "Đã cử", "Chỉ tiêu", "Tỷ lệ", "Bài báo ghi", "Đánh giá"],
  en: ["Category", "Sent", "Target", "Share", "Article says", "Status"],
};

function cells(row: ArticleRow, lang: Language): string[] {
  const pct = planPct(row.sent, row.target);
  const status = planStatus(row.sent, row.target);
  return [
    row.category,
    String(row.sent),
    String(row.target),
    pct.ok ? `${Math.round(pct.value * 100)}%` : "–",
    row.reported,
    status.ok ? planStatusLabel(status.value, lang) : "–",
  ];
}

/** The article's table recomputed by the core's plan arithmetic, as aligned plain text. */
export function articleTable(lang: Language): string {
  const table = [HEADINGS[lang], ...ARTICLE_ROWS.map((row) => cells(row, lang))];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const numeric = new Set([1, 2, 3]);
  const line = (row: readonly string[]) =>
    row.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ").trimEnd();
  return [line(table[0]), widths.map((w) => "-".repeat(w)).join("  "), ...table.slice(1).map(line)].join("\n") + "\n";
}
