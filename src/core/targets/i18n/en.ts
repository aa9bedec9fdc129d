import type { TargetsTexts } from "./shape";

export const EN: TargetsTexts = {
  problem: {
    "no-header":
      'No targets table found: a header row with a "Danh mục" (category) column and a "Chỉ tiêu" (target) column is needed in the sheet\'s first 30 rows.',
    "no-categories": "The targets table has no category under its header row.",
    "no-targets": "The targets table sets no target: no category has a number in its Chỉ tiêu (target) column.",
  },
  warning: {
    "bad-target": (row, value) =>
      `Row ${row}: the target "${value}" is not a whole number of cadres; it is treated as not set.`,
    "unknown-kind": (row, value) =>
      `Row ${row}: unknown kind "${value}" (use Đào tạo, Bồi dưỡng, Luân chuyển or Quy hoạch); it matches no roster row.`,
    "unknown-level": (row, value) =>
      `Row ${row}: unknown level "${value}" (use Tỉnh, Huyện or Xã); it matches no roster row.`,
  },
};
