/**
 * The names of the sheets the product writes. They are the same in every language: the add-in finds its own
 * sheets by name to replace them and to leave them out when it reads rosters, whoever made the workbook.
 */
export const SHEET_NAMES = {
  checkReport: "Kết quả kiểm tra",
  stamp: "Thông tin kiểm tra",
  consolidated: "Danh sách tổng hợp",
  achievement: "Báo cáo kết quả",
  unitResult: "Kết quả của đơn vị",
  findings: "Kiểm tra từng tệp",
  duplicates: "Trùng giữa các tệp",
  targets: "Chỉ tiêu",
  repairLog: "Nhật ký sửa",
} as const;
