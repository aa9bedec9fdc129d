import type { Language } from "../../core/report/types";

/** Texts of "Thiết lập kiểm tra nhập liệu" and "Chuẩn bị gửi email", in one language. */
export interface PrepareStrings {
  rulesTitle: string;
  rulesHint: string;
  applyRules: string;
  removeRules: string;
  rulesUnavailable: string;
  needCheck: string;
  rulesApplied: (columns: string, sheet: string) => string;
  rulesKept: (fields: string) => string;
  rulesNone: string;
  rulesAlready: (fields: string) => string;
  rulesRemoved: (count: string) => string;
  rulesChanged: (ranges: string) => string;
  nothingToRemove: string;
  emailTitle: string;
  emailHint: string;
  find: string;
  found: (count: string) => string;
  foundMore: (count: string) => string;
  noneFound: string;
  modeLabel: string;
  inPlace: string;
  copy: string;
  copyUnavailable: string;
  freeze: (count: string) => string;
  stampOnly: string;
  cancel: string;
  frozenInPlace: (count: string) => string;
  frozenCopy: (count: string, sheets: string) => string;
  stamped: (sheet: string) => string;
  noCheckToStamp: string;
}

const VI: PrepareStrings = {
  rulesTitle: "Thiết lập kiểm tra nhập liệu",
  rulesHint:
    "Thêm danh sách chọn (giới tính, dân tộc, chương trình đào tạo) và quy tắc ngày vào các cột của danh sách vừa kiểm tra, để lỗi không lặp lại. Có thể gỡ bỏ bất cứ lúc nào; quy tắc bạn tự đặt được giữ nguyên.",
  applyRules: "Thiết lập kiểm tra nhập liệu",
  removeRules: "Gỡ kiểm tra nhập liệu",
  rulesUnavailable:
    "Phiên bản Excel này chưa hỗ trợ kiểm tra nhập liệu (cần ExcelApi 1.8: Excel 2021, Microsoft 365 hoặc Excel trên web).",
  needCheck: "Hãy kiểm tra một danh sách cán bộ trước: quy tắc được đặt theo các cột tìm thấy khi kiểm tra.",
  rulesApplied: (columns, sheet) => `Đã đặt kiểm tra nhập liệu cho ${columns} cột của trang tính “${sheet}”.`,
  rulesKept: (fields) => `Giữ nguyên các cột đã có quy tắc kiểm tra: ${fields}.`,
  rulesNone: "Không đặt thêm quy tắc nào: các cột đều đã có quy tắc kiểm tra.",
  rulesAlready: (fields) => `Các cột đã có kiểm tra nhập liệu của tiện ích từ trước: ${fields}.`,
  rulesRemoved: (count) => `Đã gỡ ${count} quy tắc kiểm tra nhập liệu của tiện ích.`,
  rulesChanged: (ranges) => `Giữ nguyên các vùng có quy tắc đã được sửa sau đó: ${ranges}.`,
  nothingToRemove: "Không có quy tắc kiểm tra nhập liệu nào của tiện ích để gỡ.",
  emailTitle: "Chuẩn bị gửi email",
  emailHint:
    "Người nhận không cài tiện ích sẽ thấy #NAME? ở các ô dùng hàm CADRE. Tìm các ô đó, thay công thức bằng giá trị hiện tại và ghi thông tin lần kiểm tra vào tệp.",
  find: "Tìm ô dùng hàm CADRE",
  found: (count) => `${count} ô dùng hàm CADRE sẽ hiện #NAME? nếu máy nhận không có tiện ích:`,
  foundMore: (count) => `… và ${count} ô khác`,
  noneFound: "Không có ô nào dùng hàm CADRE.",
  modeLabel: "Cách thay",
  inPlace: "Thay ngay trên trang tính (có thể hoàn tác)",
  copy: "Thay trong bản sao của trang tính (giữ nguyên bản gốc)",
  copyUnavailable: "Phiên bản Excel này không sao chép được trang tính (cần ExcelApi 1.7).",
  freeze: (count) => `Thay ${count} công thức bằng giá trị`,
  stampOnly: "Ghi thông tin kiểm tra",
  cancel: "Hủy",
  frozenInPlace: (count) => `Đã thay ${count} công thức bằng giá trị. Nhấn “Hoàn tác” để lấy lại công thức.`,
  frozenCopy: (count, sheets) =>
    `Đã thay ${count} công thức bằng giá trị trong bản sao: ${sheets}. Trang tính gốc giữ nguyên.`,
  stamped: (sheet) => `Đã ghi ngày và kết quả lần kiểm tra gần nhất vào cài đặt của tệp và trang tính “${sheet}”.`,
  noCheckToStamp: "Chưa kiểm tra danh sách nên chưa ghi thông tin kiểm tra vào tệp.",
};

const EN: PrepareStrings = {
  rulesTitle: "Set up input checks",
  rulesHint:
    "Adds drop-down lists (gender, ethnic group, training programme) and date rules to the columns of the roster just checked, so the same mistakes do not come back. They can be removed at any time; rules you set yourself are kept.",
  applyRules: "Set up input checks",
  removeRules: "Remove input checks",
  rulesUnavailable:
    "This version of Excel cannot set input checks (it needs ExcelApi 1.8: Excel 2021, Microsoft 365 or Excel on the web).",
  needCheck: "Check a roster first: the rules follow the columns the check found.",
  rulesApplied: (columns, sheet) => `Set input checks on ${columns} columns of sheet “${sheet}”.`,
  rulesKept: (fields) => `Columns that already had a rule were left as they are: ${fields}.`,
  rulesNone: "No rule was added: every column already has one.",
  rulesAlready: (fields) => `Columns that already had the add-in's input checks: ${fields}.`,
  rulesRemoved: (count) => `Removed ${count} input checks the add-in had set.`,
  rulesChanged: (ranges) => `Ranges whose rule was changed since were left as they are: ${ranges}.`,
  nothingToRemove: "There are no input checks of the add-in to remove.",
  emailTitle: "Prepare for email",
  emailHint:
    "A recipient without the add-in sees #NAME? in cells that use CADRE functions. Find those cells, replace their formulas by their current values and record the last check in the file.",
  find: "Find cells using CADRE functions",
  found: (count) => `${count} cells use CADRE functions and would show #NAME? without the add-in:`,
  foundMore: (count) => `… and ${count} more cells`,
  noneFound: "No cell uses CADRE functions.",
  modeLabel: "How to replace",
  inPlace: "On the sheet itself (can be undone)",
  copy: "In a copy of the sheet (the original stays as it is)",
  copyUnavailable: "This version of Excel cannot copy sheets (it needs ExcelApi 1.7).",
  freeze: (count) => `Replace ${count} formulas by their values`,
  stampOnly: "Record the check",
  cancel: "Cancel",
  frozenInPlace: (count) => `Replaced ${count} formulas by their values. Press “Undo” to get the formulas back.`,
  frozenCopy: (count, sheets) =>
    `Replaced ${count} formulas by their values in the copy: ${sheets}. The original sheet is unchanged.`,
  stamped: (sheet) => `Recorded the date and result of the last check in the file's settings and on sheet “${sheet}”.`,
  noCheckToStamp: "No roster was checked, so no check was recorded in the file.",
};

export const PREPARE_STRINGS: Readonly<Record<Language, PrepareStrings>> = { vi: VI, en: EN };
