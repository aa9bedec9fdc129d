import { formatNumber } from "../../i18n/format";
import type { SheetTexts } from "./shape";

const n = (value: number) => formatNumber(value, "vi");

export const VI: SheetTexts = {
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
  checkReport: {
    title: "Kết quả kiểm tra danh sách",
    checkedAt: (at) => `Thời điểm kiểm tra: ${at}`,
    headers: ["Trang tính", "Ô", "Quy tắc", "Mức độ", "Giá trị", "Nội dung"],
    none: "Không phát hiện vấn đề nào.",
  },
  stamp: {
    title: "Thông tin kiểm tra danh sách",
    sheet: (name) => `Trang tính được kiểm tra: ${name}`,
    checkedAt: (at) => `Thời điểm kiểm tra: ${at}`,
    result: (errors, warnings, infos) => `Kết quả: ${n(errors)} lỗi, ${n(warnings)} cảnh báo, ${n(infos)} lưu ý`,
    frozen: (cells) => `Số ô công thức CADRE đã thay bằng giá trị: ${n(cells)}`,
  },
  consolidated: {
    title: (rows) => `DANH SÁCH TỔNG HỢP (${n(rows)} dòng)`,
    headers: [
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính",
      "Đơn vị",
      "Cấp",
      "Chương trình",
      "Lĩnh vực",
      "Chuyên ngành",
      "Loại danh sách",
      "Danh mục chỉ tiêu",
      "Tệp nguồn",
      "Trang tính",
      "Dòng",
      "Mục trong danh sách",
    ],
    gender: { male: "Nam", female: "Nữ" },
    level: { province: "Tỉnh", district: "Huyện", commune: "Xã" },
    kind: { training: "Đào tạo, bồi dưỡng", rotation: "Luân chuyển", planning: "Quy hoạch" },
  },
  achievement: {
    title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG, LUÂN CHUYỂN",
    madeAt: (at) => `Lập lúc: ${at}`,
    source: (files, people) => `Số liệu từ ${n(files)} tệp, ${n(people)} người`,
    targetsFrom: (source) => `Chỉ tiêu theo ${source}`,
    headers: ["Danh mục", "Đã cử", "Chỉ tiêu", "Tỷ lệ so với kế hoạch", "Đánh giá", "Còn thiếu", "Ghi chú"],
    noneSent: "Chưa cử người nào",
    rotation: (label) => `Luân chuyển: đã luân chuyển / chỉ tiêu${label ? ` (${label})` : ""}`,
    zeroSent: "Danh mục chưa cử người nào",
    howToRead: (column) =>
      `Tỷ lệ so với kế hoạch = Đã cử ÷ Chỉ tiêu; mỗi người chỉ tính một lần trong một danh mục. Sửa chỉ tiêu ở cột ${column} thì tỷ lệ, đánh giá và số còn thiếu tự tính lại. ` +
      "Màu: xanh lá – đạt hoặc vượt kế hoạch; đỏ – chưa đạt; vàng – chưa cử người nào.",
    chartHeaders: ["Danh mục (biểu đồ)", "Tỷ lệ"],
    chartTitle: "Tỷ lệ thực hiện so với kế hoạch",
    progress: {
      title: (term) => (term ? `TIẾN ĐỘ THEO NĂM (GIAI ĐOẠN ${term})` : "TIẾN ĐỘ THEO NĂM"),
      category: "Danh mục",
      target: "Chỉ tiêu",
      undated: "Không rõ năm",
      sent: "Đã cử",
      forecast: "Dự báo cuối kỳ",
      cumulative: "Tỷ lệ chỉ tiêu lũy kế cuối năm",
      method: (latest) =>
        "Mỗi người tính vào năm được cử lần đầu (ngày quyết định). Dự báo cuối kỳ: số đã cử, giữ nhịp độ từ đầu kỳ" +
        (latest ? ` đến lần cử gần nhất (${latest})` : "") +
        " cho tới cuối kỳ, chia cho chỉ tiêu (như hàm CADRE.PLAN_FORECAST).",
      chartTitle: "Tỷ lệ chỉ tiêu lũy kế theo năm",
    },
    planning: {
      title: "CƠ CẤU DANH SÁCH QUY HOẠCH (Quy định 50-QĐ/TW)",
      headers: ["Danh sách quy hoạch", "Cơ cấu", "Số người", "Trong đó", "Tỷ lệ", "Mục tiêu", "Đánh giá"],
      asOf: (date) => `tuổi tính đến ${date}`,
      young: (age) => `Cán bộ trẻ (dưới ${age} tuổi)`,
      women: "Nữ",
      minority: "Dân tộc thiểu số",
      met: "Đạt",
      short: "Chưa đạt",
      note: "Mục tiêu theo Quy định 50-QĐ/TW: cán bộ trẻ từ 15%, nữ từ 25%; tỷ lệ dân tộc thiểu số phù hợp với địa phương (đặt trong cài đặt). Người không ghi ngày sinh, giới tính hoặc dân tộc không được tính là trẻ, nữ hay dân tộc thiểu số.",
    },
  },
  findings: {
    headers: ["Tệp", "Trang", "Ô", "Mức độ", "Quy tắc", "Nội dung", "Sửa thành"],
    unreadable: (reason) => `KHÔNG ĐỌC ĐƯỢC, không được tính: ${reason}`,
    noIssues: "Không có vấn đề",
    unlisted: (n) => `… và ${formatNumber(n, "vi")} vấn đề khác không được liệt kê`,
  },
  duplicates: {
    headers: ["Nhóm", "Họ và tên", "Ngày sinh", "Nguồn (tệp)", "Trang", "Dòng", "Đơn vị", "Chương trình đào tạo"],
    none: "Không có người nào có tên trong nhiều tệp.",
  },
  repairLog: {
    headers: ["Trang tính", "Ô", "Giá trị cũ", "Giá trị mới", "Nội dung sửa", "Quy tắc"],
    done: {
      "legacy-encoding": "Đổi mã TCVN3/VNI sang Unicode",
      "not-nfc": "Chuẩn hóa Unicode (dựng sẵn)",
      "control-char": "Xóa ký tự điều khiển",
      whitespace: "Bỏ dấu cách thừa",
      "unknown-value": "Sửa theo danh mục",
      "text-date": "Đổi ngày dạng chữ thành ngày",
    },
  },
};
