import type { Language } from "../report/types";
import type { DateField } from "../rules/types";

/** An input prompt or error alert: Excel takes at most 32 characters of title and 255 of message. */
export interface ValidationTexts {
  title: string;
  message: string;
}

export type ListField = "gender" | "ethnicity" | "programme";

interface Texts {
  prompt: Record<ListField, ValidationTexts>;
  alert: Record<ListField, ValidationTexts>;
  dateTitle: Record<DateField, string>;
  datePrompt: string;
  dateAlert: ValidationTexts;
  listHeader: Record<ListField, string>;
  explanation(sheet: string, lists: string): string;
}

export const VALIDATION_TEXTS: Readonly<Record<Language, Texts>> = {
  vi: {
    prompt: {
      gender: { title: "Giới tính", message: "Chọn Nam hoặc Nữ trong danh sách." },
      ethnicity: {
        title: "Dân tộc",
        message: "Chọn trong danh mục 54 dân tộc (có các tên gọi khác thường dùng), hoặc gõ tên dân tộc.",
      },
      programme: {
        title: "Chương trình đào tạo",
        message: 'Chọn trong danh sách, hoặc gõ tên đầy đủ (ví dụ "Thạc sĩ Quản lý giáo dục").',
      },
    },
    alert: {
      gender: { title: "Giới tính không hợp lệ", message: "Chỉ nhập Nam hoặc Nữ." },
      ethnicity: {
        title: "Dân tộc ngoài danh mục",
        message: "Tên này không có trong danh mục 54 dân tộc và các tên gọi khác. Hãy kiểm tra lại chính tả.",
      },
      programme: {
        title: "Chương trình ngoài danh sách",
        message:
          "Tên chương trình không có trong danh sách gợi ý. Vẫn được nhận nếu ghi rõ loại hình đào tạo, bồi dưỡng.",
      },
    },
    dateTitle: {
      birthDate: "Ngày sinh",
      birthDateMale: "Ngày sinh (Nam)",
      birthDateFemale: "Ngày sinh (Nữ)",
      trainingStart: "Ngày bắt đầu",
      trainingEnd: "Ngày kết thúc",
      decisionDate: "Ngày quyết định",
      rotationDate: "Ngày luân chuyển",
    },
    datePrompt: "Nhập ngày theo dạng ngày/tháng/năm (ví dụ 15/08/1985), từ 01/01/1900 đến 31/12/2100.",
    dateAlert: {
      title: "Ngày không hợp lệ",
      message: "Cần một ngày có thật từ 01/01/1900 đến 31/12/2100, gõ theo dạng ngày/tháng/năm, không gõ thành chữ.",
    },
    listHeader: { gender: "Giới tính", ethnicity: "Dân tộc", programme: "Chương trình đào tạo" },
    explanation: (sheet, lists) =>
      `Danh sách ${lists} dài quá 255 ký tự (giới hạn của Excel cho danh sách ghi thẳng trong quy tắc), nên được ghi vào trang ẩn "${sheet}" và quy tắc trỏ tới vùng đó. Đừng xóa hay đổi tên trang này.`,
  },
  en: {
    prompt: {
      gender: { title: "Gender", message: "Choose Nam (male) or Nữ (female) from the list." },
      ethnicity: {
        title: "Ethnic group",
        message: "Choose from the 54 ethnic groups (with their usual other names), or type the group's name.",
      },
      programme: {
        title: "Training programme",
        message: 'Choose from the list, or type the full name (for example "Thạc sĩ Quản lý giáo dục").',
      },
    },
    alert: {
      gender: { title: "Not a valid gender", message: "Enter Nam or Nữ only." },
      ethnicity: {
        title: "Ethnic group not in the list",
        message: "This name is not among the 54 ethnic groups and their other names. Please check the spelling.",
      },
      programme: {
        title: "Programme not in the list",
        message: "This programme is not among the suggestions. It is accepted when it names a kind of training.",
      },
    },
    dateTitle: {
      birthDate: "Date of birth",
      birthDateMale: "Date of birth (male)",
      birthDateFemale: "Date of birth (female)",
      trainingStart: "Start date",
      trainingEnd: "End date",
      decisionDate: "Decision date",
      rotationDate: "Rotation date",
    },
    datePrompt: "Enter a date as day/month/year (for example 15/08/1985), from 01/01/1900 to 31/12/2100.",
    dateAlert: {
      title: "Not a valid date",
      message: "Enter a real date from 01/01/1900 to 31/12/2100 as day/month/year, not as text.",
    },
    listHeader: { gender: "Gender", ethnicity: "Ethnic group", programme: "Training programme" },
    explanation: (sheet, lists) =>
      `The ${lists} lists are longer than 255 characters (Excel's limit for a list typed into the rule), so they are written to the hidden sheet "${sheet}" and the rules point at it. Do not delete or rename that sheet.`,
  },
};
