import type { RepairTexts } from "./shape";

export const VI: RepairTexts = {
  undo: {
    tooLarge: (cells, kb, budgetKb) =>
      `Không lưu được bản hoàn tác: lần sửa này thay đổi ${cells} ô, cần khoảng ${kb} KB, quá ${budgetKb} KB dành cho bản hoàn tác trong tệp. Hãy sửa từng quy tắc một, hoặc lưu một bản sao của tệp trước khi sửa.`,
    dropped: (repairs, sheets) =>
      `Để có chỗ lưu bản hoàn tác mới, ${repairs} lần sửa cũ nhất (trang ${sheets}) không còn hoàn tác được nữa.`,
  },
  validation: {
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
      rotationEnd: "Ngày kết thúc luân chuyển",
      serviceStart: "Ngày tuyển dụng",
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
};
