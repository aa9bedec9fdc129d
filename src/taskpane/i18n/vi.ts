import type { ShellTexts } from "./shape";

export const VI: ShellTexts = {
  appName: "Danh sách cán bộ trẻ",
  version: "Phiên bản",
  unavailableTitle: "Không dùng được trên phiên bản Excel này",
  tabsLabel: "Công việc",
  tabCheck: "Kiểm tra & sửa",
  tabSend: "Gửi đi",
  tabBoard: "Tổng hợp",
  tabSettings: "Cài đặt",
  missingFeature: {
    settings:
      "Phiên bản Excel này không lưu được cài đặt trong tệp (cần Excel 2021, Microsoft 365 hoặc Excel trên web): kiểm tra dùng ngưỡng mặc định.",
    conditionalFormats:
      "Phiên bản Excel này không tô màu được ô có lỗi (cần Excel 2021, Microsoft 365 hoặc Excel trên web).",
    hyperlinks:
      "Báo cáo dẫn tới ô bằng công thức HYPERLINK thay vì liên kết (cần Excel 2021, Microsoft 365 hoặc Excel trên web để có liên kết).",
    cellProperties:
      "Phiên bản Excel này không cho đọc phông chữ của ô (cần Excel 2021, Microsoft 365 hoặc Excel trên web): chữ mã cũ (TCVN3, VNI) chỉ được nhận ra qua nội dung.",
    rangeAreas:
      "Tô màu ô có lỗi chậm hơn: mỗi vùng ô cần một định dạng có điều kiện riêng (cần Excel 2021, Microsoft 365 hoặc Excel trên web).",
    mergedAreas:
      "Phiên bản Excel này không cho đọc ô gộp (cần Excel 2021, Microsoft 365 hoặc Excel trên web): tiêu đề nhiều dòng được nhận ra qua cách bố trí.",
  },
  emptyValue: "(trống)",
  failed: "Không thực hiện được",
  cellEditMode: "Excel đang sửa một ô: nhấn Enter hoặc Esc trong Excel rồi thử lại.",
  apiMissing: "Phiên bản Excel này thiếu chức năng cần cho thao tác này.",
  officeTooOld:
    "Phiên bản Excel này quá cũ, không chạy được phần bổ trợ. Hãy dùng Microsoft 365, Office 2021 trở lên hoặc Excel trên web.",
  officeTooOldDetail: (sets) => `Cho cán bộ tin học: Excel này thiếu ${sets}.`,
  sheetMissing: "Không tìm thấy trang tính hoặc bảng đã chọn; có thể nó vừa bị đổi tên hoặc xóa.",
};
