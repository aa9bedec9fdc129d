import type { MessageCatalogue } from "./messages";

const LIST_NAMES: Readonly<Record<string, string>> = {
  gender: "giới tính",
  ethnicity: "dân tộc",
  programme: "chương trình đào tạo",
};
const ENCODINGS: Readonly<Record<string, string>> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };

function decimal(n: string | number): string {
  return String(n).replace(".", ",");
}

export const MESSAGES_VI: MessageCatalogue = {
  "header-not-found": (p) =>
    `Không tìm thấy danh sách: không trang tính nào có dòng tiêu đề (như "Họ và tên", "Ngày sinh") trong ${p.rows} dòng đầu.`,
  "duplicate-header": (p) => `Cột "${p.header}" trùng nội dung với một cột trước; chỉ cột đầu tiên được kiểm tra.`,
  "blank-row": () => "Dòng trống giữa các dòng dữ liệu.",
  "orphan-value": () => "Giá trị nằm ở cột không có tiêu đề.",
  "cell-error": (p) => `Ô bị lỗi ${p.error}.`,
  required: (p) => (p.what === "fullName" ? "Thiếu họ và tên." : "Thiếu ngày sinh."),
  "invalid-date": (p) =>
    p.reason === "future"
      ? `Ngày sinh ${p.date} sau ngày hiện tại (${p.today}).`
      : p.reason === "before-1900"
        ? `Ngày sinh ${p.date} trước năm 1900.`
        : p.reason === "not-a-date"
          ? `"${p.date}" không phải là ngày (cần dd/mm/yyyy hoặc năm sinh).`
          : `Ngày "${p.date}" không tồn tại.`,
  "text-date": (p) => `Ngày ${p.date} được lưu dạng văn bản, khác các ô khác trong cột.`,
  "date-order": (p) => `Ngày kết thúc (${p.end}) trước ngày bắt đầu (${p.start}).`,
  "unknown-value": (p) =>
    `"${p.text}" không có trong danh mục ${LIST_NAMES[p.list] ?? p.list}` +
    (p.suggestion === undefined ? "." : `; có phải "${p.suggestion}"?`),
  "gender-conflict": (p) =>
    p.conflict === "both"
      ? "Ngày sinh ghi ở cả cột Nam và cột Nữ."
      : `Giới tính ghi là ${p.gender === "male" ? "Nam" : "Nữ"} nhưng ngày sinh ở cột ${p.column === "male" ? "Nam" : "Nữ"}.`,
  "duplicate-person": (p) => `${p.name} (sinh ${p.birth}) đã có ở dòng ${p.earlierRow}.`,
  "age-limit": (p) =>
    `${p.age} tuổi tại ${p.basis === "decision" ? "ngày quyết định" : "ngày bắt đầu học"} ${p.date}, quá tuổi cử đi đào tạo sau đại học (tối đa ${p.limit}).`,
  "retirement-horizon": (p) =>
    `Chỉ còn ${decimal(p.years)} năm công tác tại ngày luân chuyển ${p.date} (nghỉ hưu ${p.retires}); cần ít nhất ${p.min} năm.`,
  "missing-decision": () => "Cử đi đào tạo mà không có số và ngày quyết định.",
  "legacy-encoding": (p) => `Văn bản mã ${ENCODINGS[p.encoding] ?? p.encoding}; đúng là "${p.unicode}".`,
  "not-nfc": () => "Văn bản Unicode dạng tổ hợp (không phải NFC): trông giống nhưng so sánh, tìm kiếm sẽ sai.",
  "missing-diacritics": () => "Họ tên viết không dấu.",
  whitespace: () => "Thừa dấu cách ở đầu, cuối hoặc giữa các từ.",
  "formula-text": (p) => `Văn bản bắt đầu bằng "${p.start}" sẽ thành công thức nếu nhập lại hoặc xuất ra tệp khác.`,
};
