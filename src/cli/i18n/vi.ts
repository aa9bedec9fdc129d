import { formatNumber } from "../../core/i18n";
import { megabytes } from "../file-size";
import type { CliMessages } from "./shape";

export const VI: CliMessages = {
  help: (
    maxMegabytes,
    maxCells,
  ) => `Cách dùng: cadre-roster check [--json | --csv] [--lang vi|en] [--settings TỆP] ĐƯỜNG_DẪN...

Kiểm tra các danh sách cán bộ (đào tạo, luân chuyển, quy hoạch) trong tệp Excel .xlsx.
ĐƯỜNG_DẪN là một tệp .xlsx hoặc một thư mục (các tệp .xlsx ngay trong thư mục đó).

  --json             in báo cáo dạng JSON
  --csv              in mỗi vấn đề một dòng CSV (mở được bằng Excel)
  --lang vi|en       ngôn ngữ của thông báo (mặc định: vi)
  --settings TỆP     tệp JSON chứa các thiết lập (ngưỡng tuổi, số năm công tác còn lại…)
  -h, --help         hướng dẫn này

Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được hoặc lệnh sai.
Giới hạn mỗi tệp: ${maxMegabytes} MB, ${formatNumber(maxCells, "vi")} ô. Tệp đầu vào không bao giờ bị ghi.
`,
  problem(p) {
    switch (p.code) {
      case "not-found":
        return "Không tìm thấy tệp.";
      case "not-a-file":
        return "Không phải tệp (có thể là thư mục không mở được).";
      case "unreadable":
        return `Không đọc được tệp (${p.detail}).`;
      case "empty":
        return "Tệp rỗng (0 byte).";
      case "encrypted":
        return "Tệp được đặt mật khẩu hoặc ở định dạng .xls cũ: hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng .xlsx.";
      case "not-xlsx":
        return "Không phải tệp Excel .xlsx.";
      case "no-sheets":
        return "Tệp không có trang tính nào (không phải sổ tính .xlsx, hoặc chỉ có biểu đồ).";
      case "corrupt":
        return `Tệp .xlsx bị hỏng hoặc không đầy đủ${p.detail ? ` (${p.detail})` : ""}.`;
      case "too-large":
        return `Tệp quá lớn: ${megabytes(p.bytes)}, giới hạn ${megabytes(p.limit)}.`;
      case "too-large-unzipped":
        return `Nội dung tệp khi giải nén vượt quá giới hạn ${megabytes(p.limit)}; đã dừng đọc.`;
      case "part-too-large":
        return `Phần "${p.part}" của tệp khi giải nén vượt quá giới hạn ${megabytes(p.limit)}; đã dừng đọc.`;
      case "too-many-cells":
        return p.cells === null
          ? `Tệp có hơn ${formatNumber(p.limit, "vi")} ô có dữ liệu, quá giới hạn; đã dừng đọc.`
          : `Tệp có quá nhiều ô: ${formatNumber(p.cells, "vi")}, giới hạn ${formatNumber(p.limit, "vi")}.`;
      case "too-many-strings":
        return `Tệp có quá nhiều chuỗi chữ dùng chung: hơn ${formatNumber(p.limit, "vi")}.`;
      case "too-much-text":
        return `Các chuỗi chữ dùng chung của tệp quá dài: hơn ${formatNumber(p.limit, "vi")} ký tự.`;
      case "too-deep":
        return `Phần "${p.part}" của tệp lồng nhau quá ${formatNumber(p.limit, "vi")} cấp: không phải tệp Excel thông thường.`;
      case "too-many-entries":
        return `Phần "${p.part}" của tệp có một danh sách quá ${formatNumber(p.limit, "vi")} mục: không phải tệp Excel thông thường.`;
      case "too-many-merges":
        return `Tệp có quá nhiều vùng ô gộp: hơn ${formatNumber(p.limit, "vi")}.`;
      case "too-slow":
        return `Đọc tệp quá ${formatNumber(p.seconds, "vi")} giây nên đã dừng.`;
    }
  },
  severity: { error: "lỗi", warning: "cảnh báo", info: "lưu ý" },
  count: (n, severity) => `${formatNumber(n, "vi")} ${VI.severity[severity]}`,
  kind: {
    training: "danh sách cử đi đào tạo, bồi dưỡng",
    rotation: "danh sách luân chuyển",
    planning: "danh sách quy hoạch",
  },
  summary: (files, sheets, rows) =>
    `Đã kiểm tra ${formatNumber(files, "vi")} tệp, ${formatNumber(sheets, "vi")} trang tính, ${formatNumber(rows, "vi")} dòng dữ liệu`,
  noIssues: "không có vấn đề",
  unreadable: "KHÔNG ĐỌC ĐƯỢC",
  sheet: (name) => `Trang "${name}"`,
  notRoster: "không phải danh sách cán bộ",
  headerRows: (from, to) => (from === to ? `tiêu đề ở dòng ${from}` : `tiêu đề ở dòng ${from}–${to}`),
  dataRows: (n) => `${formatNumber(n, "vi")} dòng dữ liệu`,
  fix: "sửa thành",
  realDate: (date) => `${date} (kiểu ngày)`,
  related: (cell) => `xem ${cell}`,
  emptyFolder: (folder) => `Thư mục "${folder}" không có tệp .xlsx nào.`,
  checkFailed: (detail) => `Lỗi trong khi kiểm tra tệp này (${detail}); các tệp khác vẫn được kiểm tra.`,
  usage: {
    unknownCommand: (command) => `Lệnh không hợp lệ: "${command}". Các lệnh: check, summary, fix.`,
    missingCommand:
      'Thiếu lệnh: hãy dùng "cadre-roster check ĐƯỜNG_DẪN...", "cadre-roster summary --targets TỆP_CHỈ_TIÊU.xlsx ĐƯỜNG_DẪN..." hoặc "cadre-roster fix --out TỆP_MỚI.xlsx TỆP.xlsx".',
    noPaths: "Thiếu đường dẫn: hãy nêu ít nhất một tệp .xlsx hoặc một thư mục.",
    noFiles: "Không có tệp .xlsx nào để kiểm tra.",
    jsonAndCsv: "Chỉ chọn một trong hai: --json hoặc --csv.",
    badLang: (value) => `Ngôn ngữ không hợp lệ: "${value}" (chọn vi hoặc en).`,
    badOption: (detail) => `Tham số không hợp lệ: ${detail}`,
    settings: (problem, file, detail) =>
      problem === "unreadable"
        ? `Không đọc được tệp thiết lập "${file}": ${detail}`
        : problem === "not-json"
          ? `Tệp thiết lập "${file}" không phải JSON hợp lệ: ${detail}`
          : `Tệp thiết lập "${file}" phải chứa một đối tượng JSON ({ ... }).`,
    seeHelp: "Xem hướng dẫn: cadre-roster --help",
  },
};
