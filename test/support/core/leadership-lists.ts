import { date, sheetFrom } from "./grid";

/** A department's training list: two sent for advanced political theory, one on a computer course. */
export const LEADERSHIP_TRAINING = sheetFrom([
  ["DANH SÁCH CÁN BỘ CỬ ĐI HỌC CAO CẤP LÝ LUẬN CHÍNH TRỊ"],
  ["STT", "Họ và tên", "Ngày sinh", "Chương trình đào tạo", "Số quyết định"],
  [1, "Nông Văn Thành", date("12/03/1985"), "Cao cấp lý luận chính trị", "1-QĐ/TU"],
  [2, "Hoàng Thị Lan", date("05/11/1990"), "Cao cấp lý luận chính trị", "2-QĐ/TU"],
  [3, "Bế Văn Hùng", date("03/11/1987"), "Bồi dưỡng tin học văn phòng", "3-QĐ/TU"],
]);
