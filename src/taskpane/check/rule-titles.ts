import type { Language, RuleId } from "../../core/report/types";

/** A short name for each rule, heading its group of problems in the pane. */
export const RULE_TITLES: Readonly<Record<RuleId, Readonly<Record<Language, string>>>> = {
  "header-not-found": { vi: "Không tìm thấy dòng tiêu đề", en: "Header row not found" },
  "duplicate-header": { vi: "Cột tiêu đề trùng nhau", en: "Duplicate column headers" },
  "blank-row": { vi: "Dòng trống giữa danh sách", en: "Blank rows inside the list" },
  "orphan-value": { vi: "Giá trị ở cột không có tiêu đề", en: "Values in columns without a header" },
  "cell-error": { vi: "Ô báo lỗi công thức", en: "Cells showing an error" },
  required: { vi: "Thiếu thông tin bắt buộc", en: "Missing required information" },
  "invalid-date": { vi: "Ngày không hợp lệ", en: "Invalid dates" },
  "text-date": { vi: "Ngày lưu dạng văn bản", en: "Dates stored as text" },
  "date-order": { vi: "Ngày kết thúc trước ngày bắt đầu", en: "End date before start date" },
  "unknown-value": { vi: "Giá trị ngoài danh mục", en: "Values not in the list" },
  "gender-conflict": { vi: "Giới tính không khớp", en: "Gender conflicts" },
  "duplicate-person": { vi: "Người bị trùng", en: "Duplicate people" },
  "age-limit": { vi: "Quá tuổi cử đi đào tạo sau đại học", en: "Over the age limit for postgraduate study" },
  "retirement-horizon": {
    vi: "Không đủ thời gian công tác để luân chuyển",
    en: "Too little service left for a rotation",
  },
  "missing-decision": { vi: "Thiếu quyết định cử đi học", en: "Missing training decision" },
  "legacy-encoding": { vi: "Chữ mã cũ (TCVN3, VNI)", en: "Legacy encodings (TCVN3, VNI)" },
  "not-nfc": { vi: "Unicode tổ hợp (không phải NFC)", en: "Decomposed Unicode (not NFC)" },
  "missing-diacritics": { vi: "Họ tên viết không dấu", en: "Names without diacritics" },
  whitespace: { vi: "Thừa dấu cách", en: "Extra spaces" },
  "formula-text": { vi: "Văn bản có thể thành công thức", en: "Text that may turn into a formula" },
};
