import type { SettingsTexts } from "./shape";

export const VI: SettingsTexts = {
  title: "Cài đặt",
  hint: "Cài đặt được lưu trong tệp Excel, nên ai mở tệp cũng được kiểm tra như nhau.",
  unavailable: "Phiên bản Excel này không lưu được cài đặt trong tệp: kiểm tra dùng ngưỡng mặc định.",
  postgradMaxAge: (date) => `Tuổi tối đa cử đi học sau đại học (quyết định trước ${date})`,
  postgradMaxAgeNew: (date) => `Tuổi tối đa cử đi học sau đại học (từ ${date})`,
  rotationMinYears: "Số năm công tác còn lại tối thiểu khi luân chuyển",
  rosterSheet: "Trang tính chứa danh sách",
  rosterSheetAny: "(trang tính hoặc bảng đang chọn)",
  save: "Lưu cài đặt",
  saved: "Đã lưu cài đặt vào tệp.",
  language: "Ngôn ngữ của ngăn tác vụ (chỉ trên máy này)",
  languageOffice: "Theo ngôn ngữ của Office",
  languageNotKept: "Máy này không cho lưu lựa chọn ngôn ngữ: ngăn tác vụ dùng ngôn ngữ của Office.",
  wholeNumber: (label, min, max) => `“${label}” phải là số nguyên từ ${min} đến ${max}.`,
};
