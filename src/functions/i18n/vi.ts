import type { FunctionErrors } from "./shape";

export const VI: FunctionErrors = {
  notNumber: (value) => `Không phải số: ${value}`,
  notDate: (value) => `Không phải ngày dd/mm/yyyy: ${value}`,
  noSuchDate: (value) => `Ngày không có thật: ${value}`,
  unknownGender: (value) => `Không rõ giới tính: ${value}, dùng Nam/Nữ`,
  errorInput: (value) => `Ô đầu vào đang có lỗi ${value}`,
  unknownLanguage: (value) => `Không hỗ trợ ngôn ngữ ${value}, dùng "vi" hoặc "en"`,
  missingAsOf: "Thiếu ngày tính",
  missingStart: "Thiếu ngày bắt đầu kỳ kế hoạch",
  missingEnd: "Thiếu ngày kết thúc kỳ kế hoạch",
  missingGender: "Thiếu giới tính",
  sizeMismatch: "Các vùng không cùng kích thước",
};
