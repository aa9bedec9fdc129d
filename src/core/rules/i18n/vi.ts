import { formatNumber } from "../../i18n/format";
import type { Choice, RuleTexts } from "./shape";

const LIST_NAMES: Readonly<Record<Choice<"unknown-value", "list">, string>> = {
  gender: "giới tính",
  ethnicity: "dân tộc",
  programme: "chương trình đào tạo",
};

const ENCODINGS: Readonly<Record<Choice<"legacy-encoding", "encoding">, string>> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };

const GENDER_CONFLICTS: Readonly<Record<Choice<"gender-conflict", "conflict">, string>> = {
  both: "Ngày sinh ghi ở cả cột Nam và cột Nữ.",
  "male-column": "Giới tính ghi là Nữ nhưng ngày sinh ở cột Nam.",
  "female-column": "Giới tính ghi là Nam nhưng ngày sinh ở cột Nữ.",
};

const INVALID_DATES: Readonly<Record<Choice<"invalid-date", "reason">, (date: string, today: string) => string>> = {
  future: (date, today) => `Ngày sinh ${date} sau ngày hiện tại (${today}).`,
  "before-1900": (date) => `Ngày sinh ${date} trước năm 1900.`,
  "not-a-date": (date) => `"${date}" không phải là ngày (cần dd/mm/yyyy hoặc năm sinh).`,
  invalid: (date) => `Ngày "${date}" không tồn tại.`,
};

export const VI: RuleTexts = {
  "header-not-found": {
    title: "Không tìm thấy dòng tiêu đề",
    message: (p) =>
      `Không tìm thấy danh sách: không trang tính nào có dòng tiêu đề (như "Họ và tên", "Ngày sinh") trong ${p.rows} dòng đầu.`,
  },
  "duplicate-header": {
    title: "Cột tiêu đề trùng nhau",
    message: (p) => `Cột "${p.header}" trùng nội dung với một cột trước; chỉ cột đầu tiên được kiểm tra.`,
  },
  "legacy-font": {
    title: "Chữ Unicode trong phông TCVN3/VNI",
    message: () => "Chữ Unicode đúng nhưng ô dùng phông TCVN3/VNI: nên đổi phông (ví dụ Times New Roman).",
  },
  "blank-row": { title: "Dòng trống giữa danh sách", message: () => "Dòng trống giữa các dòng dữ liệu." },
  "subtotal-mismatch": {
    title: "Dòng cộng không khớp số người",
    message: (p) => `Dòng cộng ghi ${p.stated} người nhưng phía trên có ${p.counted} người.`,
  },
  "orphan-value": { title: "Giá trị ở cột không có tiêu đề", message: () => "Giá trị nằm ở cột không có tiêu đề." },
  "cell-error": { title: "Ô báo lỗi công thức", message: (p) => `Ô bị lỗi ${p.error}.` },
  required: {
    title: "Thiếu thông tin bắt buộc",
    message: (p) => (p.what === "fullName" ? "Thiếu họ và tên." : "Thiếu ngày sinh."),
  },
  "invalid-date": { title: "Ngày không hợp lệ", message: (p) => INVALID_DATES[p.reason](p.date, p.today) },
  "text-date": {
    title: "Ngày lưu dạng văn bản",
    message: (p) => `Ngày ${p.date} được lưu dạng văn bản, khác các ô khác trong cột.`,
  },
  "date-order": {
    title: "Ngày kết thúc trước ngày bắt đầu",
    message: (p) => `Ngày kết thúc (${p.end}) trước ngày bắt đầu (${p.start}).`,
  },
  "unknown-value": {
    title: "Giá trị ngoài danh mục",
    message: (p) =>
      `"${p.text}" không có trong danh mục ${LIST_NAMES[p.list]}` +
      (p.suggestion === undefined ? "." : `; có phải "${p.suggestion}"?`),
  },
  "gender-conflict": { title: "Giới tính không khớp", message: (p) => GENDER_CONFLICTS[p.conflict] },
  "duplicate-person": {
    title: "Người bị trùng",
    message: (p) => `${p.name} (sinh ${p.birth}) đã có ở dòng ${p.earlierRow}.`,
  },
  "age-limit": {
    title: "Quá tuổi cử đi đào tạo sau đại học",
    message: (p) =>
      `${p.age} tuổi tại ${p.basis === "decision" ? "ngày quyết định" : "ngày bắt đầu học"} ${p.date}, quá tuổi cử đi đào tạo sau đại học (tối đa ${p.limit}).`,
  },
  "retirement-horizon": {
    title: "Không đủ thời gian công tác để luân chuyển",
    message: (p) =>
      `Chỉ còn ${formatNumber(p.years, "vi", 1)} năm công tác tại ngày luân chuyển ${p.date} (nghỉ hưu ${p.retires}); cần ít nhất ${p.min} năm.`,
  },
  "missing-decision": {
    title: "Thiếu quyết định cử đi học",
    message: () => "Cử đi đào tạo mà không có số và ngày quyết định.",
  },
  "decision-after-start": {
    title: "Đi học trước khi có quyết định",
    message: (p) =>
      `Bắt đầu học ${p.start}, trước ngày quyết định cử đi học ${p.decision}: cử đi học không đúng quy trình.`,
  },
  "service-years": {
    title: "Chưa đủ thời gian công tác để đi học sau đại học",
    message: (p) =>
      `Công tác từ ${p.since}: đến ngày ${p.date} mới được ${p.years} năm, cần ít nhất ${p.min} năm để được cử đi đào tạo sau đại học.`,
  },
  "missing-commitment": {
    title: "Thiếu cam kết phục vụ",
    message: () => "Cử đi đào tạo sau đại học mà chưa có cam kết phục vụ sau khi học xong.",
  },
  "missing-placement": {
    title: "Hết thời gian luân chuyển chưa bố trí công tác",
    message: (p) => `Luân chuyển đã kết thúc ngày ${p.ended} mà chưa ghi chức vụ, nơi công tác sau luân chuyển.`,
  },
  "planning-age": {
    title: "Không đủ tuổi công tác cho nhiệm kỳ quy hoạch",
    message: (p) =>
      `Tại đầu nhiệm kỳ ${p.term} (${p.start}) chỉ còn ${formatNumber(p.years, "vi", 1)} năm công tác (nghỉ hưu ${p.retires}), ${p.terms === "two" ? "không đủ hai nhiệm kỳ như quy hoạch lần đầu đòi hỏi" : "không đủ một nhiệm kỳ"}.`,
  },
  "not-in-planning": {
    title: "Không có tên trong danh sách quy hoạch",
    message: () =>
      "Được cử đi học (lãnh đạo, quản lý, cao cấp lý luận chính trị, dự nguồn, sau đại học) hoặc luân chuyển mà không có tên trong danh sách quy hoạch nào của tệp.",
  },
  "legacy-encoding": {
    title: "Chữ mã cũ (TCVN3, VNI)",
    message: (p) => `Văn bản mã ${ENCODINGS[p.encoding]}; đúng là "${p.unicode}".`,
  },
  "not-nfc": {
    title: "Unicode tổ hợp (không phải NFC)",
    message: () => "Văn bản Unicode dạng tổ hợp (không phải NFC): trông giống nhưng so sánh, tìm kiếm sẽ sai.",
  },
  "missing-diacritics": { title: "Họ tên viết không dấu", message: () => "Họ tên viết không dấu." },
  "control-char": {
    title: "Ký tự điều khiển không nhìn thấy",
    message: (p) => `Chữ trong ô có ký tự điều khiển không nhìn thấy (${p.chars}); sửa: xóa các ký tự đó.`,
  },
  whitespace: { title: "Thừa dấu cách", message: () => "Thừa dấu cách ở đầu, cuối hoặc giữa các từ." },
  "formula-text": {
    title: "Văn bản có thể thành công thức",
    message: (p) => `Văn bản bắt đầu bằng "${p.start}" sẽ thành công thức nếu nhập lại hoặc xuất ra tệp khác.`,
  },
};
