import type { TargetsTexts } from "./shape";

export const VI: TargetsTexts = {
  problem: {
    "no-header":
      'Không tìm thấy bảng chỉ tiêu: cần một dòng tiêu đề có cột "Danh mục" và cột "Chỉ tiêu" trong 30 dòng đầu của trang.',
    "no-categories": "Bảng chỉ tiêu không có danh mục nào dưới dòng tiêu đề.",
    "no-targets": "Bảng chỉ tiêu chưa có chỉ tiêu nào: không danh mục nào có số ở cột Chỉ tiêu.",
  },
  warning: {
    "bad-target": (row, value) => `Dòng ${row}: chỉ tiêu "${value}" không phải số người; coi như chưa đặt chỉ tiêu.`,
    "unknown-kind": (row, value) =>
      `Dòng ${row}: loại "${value}" không rõ (dùng Đào tạo, Bồi dưỡng, Luân chuyển hoặc Quy hoạch); không khớp dòng nào.`,
    "unknown-level": (row, value) =>
      `Dòng ${row}: cấp "${value}" không rõ (dùng Tỉnh, Huyện hoặc Xã); không khớp dòng nào.`,
  },
};
