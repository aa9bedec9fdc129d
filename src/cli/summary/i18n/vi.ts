import { WRITE_PROBLEMS_VI } from "../../i18n/write-problems";
import { formatNumber } from "../../../core/i18n";
import type { SummaryMessages } from "./shape";

export const VI: SummaryMessages = {
  help: `
Cách dùng: cadre-roster summary --targets TỆP_CHỈ_TIÊU.xlsx [--out BÁO_CÁO.xlsx] [--feedback THƯ_MỤC] [--force] [--json] [--lang vi|en] [--settings TỆP] ĐƯỜNG_DẪN...

Tổng hợp danh sách của các đơn vị (kiểm tra từng tệp, gộp lại), tìm người có tên trong nhiều tệp
(cùng họ tên và ngày sinh) và so với chỉ tiêu: mỗi danh mục đã cử bao nhiêu người, đạt bao nhiêu phần trăm
kế hoạch, còn thiếu bao nhiêu; danh mục chưa cử ai; tỷ lệ luân chuyển. Mỗi người chỉ tính một lần trong
một danh mục. Tệp chỉ tiêu có trang "Chỉ tiêu" (xem docs/targets.md).

  --targets TỆP      tệp .xlsx chứa bảng chỉ tiêu (bắt buộc)
  --out TỆP          ghi báo cáo .xlsx: kết quả (công thức Excel thường), danh sách tổng hợp, người trùng, lỗi từng tệp
  --feedback THƯ_MỤC ghi vào thư mục này mỗi đơn vị một tệp phản hồi (TÊN_TỆP.phan-hoi.xlsx): kết quả của cả tỉnh,
                     số người của đơn vị theo danh mục, danh sách của đơn vị, người trùng với đơn vị khác, lỗi và cách sửa
  --force            cho phép ghi đè tệp báo cáo, tệp phản hồi đã có (tệp đầu vào vẫn không bao giờ bị ghi)
  --json             in kết quả dạng JSON (xem docs/summary-format.md)

Mã thoát: 0 không có lỗi; 1 có lỗi trong các danh sách; 2 có tệp không đọc được (các tệp khác vẫn được tính),
tệp chỉ tiêu không dùng được, hoặc lệnh sai. Tệp đầu vào không bao giờ bị ghi.
`,
  totals: (files, unreadable, rows, people) =>
    `Tổng hợp ${formatNumber(files, "vi")} tệp${unreadable > 0 ? ` (${formatNumber(unreadable, "vi")} tệp không đọc được)` : ""}: ${formatNumber(rows, "vi")} dòng dữ liệu, ${formatNumber(people, "vi")} người.`,
  targetsFrom: (file, sheet, categories) =>
    `Chỉ tiêu: ${file}, trang "${sheet}" (${formatNumber(categories, "vi")} danh mục).`,
  title: "KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
  columns: ["Danh mục", "Đã cử", "Chỉ tiêu", "Tỷ lệ", "Đánh giá", "Còn thiếu"],
  noneSent: "CHƯA CỬ NGƯỜI",
  rotation: (rotated, quota, percent) =>
    quota === null || percent === null
      ? `Luân chuyển: ${formatNumber(rotated, "vi")} cán bộ (chưa đặt chỉ tiêu).`
      : `Luân chuyển: ${formatNumber(rotated, "vi")}/${formatNumber(quota, "vi")} cán bộ (${percent}% chỉ tiêu).`,
  zeroSent: (labels) => `Chưa cử người: ${labels.join("; ")}.`,
  countedOnce: "Mỗi người chỉ tính một lần trong một danh mục, dù có tên trong nhiều danh sách.",
  planning: {
    notLinked:
      "Không tệp nào có danh sách quy hoạch: chưa đối chiếu được người được luân chuyển, cử đi học lý luận chính trị cao cấp, bồi dưỡng lãnh đạo, dự nguồn, sau đại học với quy hoạch.",
    linked: (lists, unplanned) =>
      `Đối chiếu với ${formatNumber(lists, "vi")} danh sách quy hoạch của các tệp: ${formatNumber(unplanned, "vi")} người được luân chuyển hoặc cử đi học lý luận chính trị cao cấp, bồi dưỡng lãnh đạo, dự nguồn, sau đại học không có tên trong quy hoạch (xem cảnh báo của từng tệp).`,
    title: "CƠ CẤU DANH SÁCH QUY HOẠCH (Quy định 50-QĐ/TW)",
    columns: (age) => ["Danh sách", "Số người", `Trẻ (dưới ${age} tuổi)`, "Nữ", "Dân tộc thiểu số"],
    met: "đạt",
    short: (goal) => `chưa đạt ${goal}%`,
    asOf: (date) => `tuổi tính đến ${date}`,
    unknown: (birth, gender, ethnicity) =>
      `Không rõ: ${birth} ngày sinh, ${gender} giới tính, ${ethnicity} dân tộc (không tính vào tỷ lệ trẻ, nữ, dân tộc thiểu số).`,
  },
  progress: {
    title: (term) => (term ? `TIẾN ĐỘ THEO NĂM (GIAI ĐOẠN ${term})` : "TIẾN ĐỘ THEO NĂM"),
    category: "Danh mục",
    undated: "Không rõ năm",
    forecast: "Dự báo cuối kỳ",
    misses: "không đạt",
    pace: (latest) =>
      `Mỗi người tính vào năm được cử (ngày quyết định). Dự báo: số đã cử, giữ nhịp độ từ đầu kỳ đến lần cử gần nhất (${latest}) cho tới cuối kỳ, so với chỉ tiêu.`,
    noTerm:
      "Ghi kỳ của chương trình vào tiêu đề trang chỉ tiêu (ví dụ “GIAI ĐOẠN 2021 – 2025”) để có dự báo cuối kỳ.",
  },
  sections: {
    title: "THEO MỤC TRONG DANH SÁCH",
    columns: ["Mục", "Số dòng", "Số người"],
    none: "(không thuộc mục nào)",
  },
  duplicates: (count) => `Người có tên trong nhiều tệp (${formatNumber(count, "vi")}):`,
  noDuplicates: "Không có người nào có tên trong nhiều tệp.",
  born: (date) => `sinh ${date}`,
  place: (file, sheet, row, unit) => `${file}, trang "${sheet}", dòng ${row}${unit ? ` (${unit})` : ""}`,
  files: "Kiểm tra từng tệp:",
  fileRows: (rows) => `${formatNumber(rows, "vi")} dòng`,
  unreadable: "KHÔNG ĐỌC ĐƯỢC, không được tính",
  seeCheck: (sheet) => `Chi tiết từng vấn đề: cadre-roster check TỆP, hoặc trang "${sheet}" của báo cáo --out.`,
  targetsWarnings: "Lưu ý về bảng chỉ tiêu:",
  written: (file) => `Đã ghi báo cáo: ${file}`,
  feedbackWritten: (files, folder) => `Đã ghi ${formatNumber(files, "vi")} tệp phản hồi cho các đơn vị vào thư mục ${folder}`,
  targetsUnreadable: (file, reason) => `Không đọc được tệp chỉ tiêu "${file}": ${reason}`,
  targetsProblem: (file, reason) => `Tệp chỉ tiêu "${file}": ${reason}`,
  outFailed: (file, problem) => `Không ghi được báo cáo "${file}": ${WRITE_PROBLEMS_VI[problem]}.`,
  refused: {
    "same-as-input": (file) => `Không ghi: báo cáo sẽ đè lên tệp đầu vào "${file}". Hãy chọn tên khác.`,
    "in-input-folder": (file) =>
      `Không ghi: "${file}" nằm trong thư mục danh sách đang được đọc, nơi nó sẽ bị đọc như một danh sách. Hãy chọn thư mục khác.`,
    exists: (file) => `Không ghi: "${file}" đã có. Chọn tên khác, hoặc thêm --force để ghi đè tệp đó.`,
    "not-a-file": (file) => `Không ghi được báo cáo: "${file}" là một thư mục.`,
  },
  usage: {
    noTargets: 'Thiếu tệp chỉ tiêu: hãy nêu --targets TỆP.xlsx (tệp có trang "Chỉ tiêu").',
    outNotXlsx: (file) => `Tệp báo cáo phải có đuôi .xlsx: "${file}".`,
  },
};
