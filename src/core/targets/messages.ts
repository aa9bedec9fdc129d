import type { Language } from "../report/types";
import type { TargetsProblem, TargetWarning } from "./types";

const PROBLEMS: Readonly<Record<Language, Readonly<Record<TargetsProblem, string>>>> = {
  vi: {
    "no-header":
      'Không tìm thấy bảng chỉ tiêu: cần một dòng tiêu đề có cột "Danh mục" và cột "Chỉ tiêu" trong 30 dòng đầu của trang.',
    "no-categories": "Bảng chỉ tiêu không có danh mục nào dưới dòng tiêu đề.",
  },
  en: {
    "no-header":
      'No targets table found: a header row with a "Danh mục" (category) column and a "Chỉ tiêu" (target) column is needed in the sheet\'s first 30 rows.',
    "no-categories": "The targets table has no category under its header row.",
  },
};

export function targetsProblemMessage(problem: TargetsProblem, lang: Language): string {
  return PROBLEMS[lang][problem];
}

/** One sentence per warning, naming the row of the targets sheet. */
export function targetWarningMessage(warning: TargetWarning, lang: Language): string {
  const { row, value } = warning;
  if (lang === "en") {
    switch (warning.code) {
      case "bad-target":
        return `Row ${row}: the target "${value}" is not a whole number of cadres; it is treated as not set.`;
      case "unknown-kind":
        return `Row ${row}: unknown kind "${value}" (use Đào tạo, Bồi dưỡng, Luân chuyển or Quy hoạch); it matches no roster row.`;
      case "unknown-level":
        return `Row ${row}: unknown level "${value}" (use Tỉnh, Huyện or Xã); it matches no roster row.`;
    }
  }
  switch (warning.code) {
    case "bad-target":
      return `Dòng ${row}: chỉ tiêu "${value}" không phải số người; coi như chưa đặt chỉ tiêu.`;
    case "unknown-kind":
      return `Dòng ${row}: loại "${value}" không rõ (dùng Đào tạo, Bồi dưỡng, Luân chuyển hoặc Quy hoạch); không khớp dòng nào.`;
    case "unknown-level":
      return `Dòng ${row}: cấp "${value}" không rõ (dùng Tỉnh, Huyện hoặc Xã); không khớp dòng nào.`;
  }
}
