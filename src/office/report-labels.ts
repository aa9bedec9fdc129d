import type { Language, Severity } from "../core/report/types";

export interface ReportLabels {
  title: string;
  checkedAt: string;
  /** Sheet, cell, rule, severity, value, message. */
  headers: readonly [string, string, string, string, string, string];
  severity: Readonly<Record<Severity, string>>;
  none: string;
}

export const REPORT_LABELS: Readonly<Record<Language, ReportLabels>> = {
  vi: {
    title: "Kết quả kiểm tra danh sách",
    checkedAt: "Thời điểm kiểm tra",
    headers: ["Trang tính", "Ô", "Quy tắc", "Mức độ", "Giá trị", "Nội dung"],
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
    none: "Không phát hiện vấn đề nào.",
  },
  en: {
    title: "Roster check results",
    checkedAt: "Checked at",
    headers: ["Sheet", "Cell", "Rule", "Severity", "Value", "Message"],
    severity: { error: "Error", warning: "Warning", info: "Note" },
    none: "No problems found.",
  },
};
