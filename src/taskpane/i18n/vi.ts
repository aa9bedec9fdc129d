import type { ShellTexts } from "./shape";

export const VI: ShellTexts = {
  appName: "Danh sách cán bộ trẻ",
  version: "Phiên bản",
  unavailableTitle: "Không dùng được trên phiên bản Excel này",
  missingFeature: {
    settings: "Phiên bản Excel này không lưu được cài đặt trong tệp (cần ExcelApi 1.4): kiểm tra dùng ngưỡng mặc định.",
    conditionalFormats: "Phiên bản Excel này không tô màu được ô có lỗi (cần ExcelApi 1.6).",
    hyperlinks: "Báo cáo dẫn tới ô bằng công thức HYPERLINK thay vì liên kết (cần ExcelApi 1.7 để có liên kết).",
    cellProperties:
      "Phiên bản Excel này không cho đọc phông chữ của ô (cần ExcelApi 1.9): chữ mã cũ (TCVN3, VNI) chỉ được nhận ra qua nội dung.",
    rangeAreas: "Tô màu ô có lỗi chậm hơn: mỗi vùng ô cần một định dạng có điều kiện riêng (cần ExcelApi 1.9).",
    mergedAreas:
      "Phiên bản Excel này không cho đọc ô gộp (cần ExcelApi 1.13): tiêu đề nhiều dòng được nhận ra qua cách bố trí.",
  },
  emptyValue: "(trống)",
  failed: "Không thực hiện được",
  cellEditMode: "Excel đang sửa một ô: nhấn Enter hoặc Esc trong Excel rồi thử lại.",
  apiMissing: "Phiên bản Excel này thiếu chức năng cần cho thao tác này.",
  officeTooOld: (sets) =>
    `Phiên bản Excel này không chạy được tiện ích: thiếu ${sets}. Hãy dùng Microsoft 365, Office 2021 trở lên hoặc Excel trên web.`,
  sheetMissing: "Không tìm thấy trang tính hoặc bảng đã chọn; có thể nó vừa bị đổi tên hoặc xóa.",
};
