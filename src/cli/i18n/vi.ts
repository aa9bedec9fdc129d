import { formatNumber } from "../../core/i18n";
import { megabytes } from "../../core/files";
import { DEFAULT_MAX_ISSUES } from "../check/max-issues";
import { settingsFileVi } from "./settings-vi";
import type { CliMessages } from "./shape";

export const VI: CliMessages = {
  help: (limits) => `Cách dùng: cadre-roster check [--json | --csv [--delimiter ,|;|tab]] [--max-issues N] [--lang vi|en] [--settings TỆP] ĐƯỜNG_DẪN...

Kiểm tra các danh sách cán bộ (đào tạo, luân chuyển, quy hoạch) trong tệp Excel .xlsx.
ĐƯỜNG_DẪN là một tệp .xlsx hoặc một thư mục: các tệp .xlsx ngay trong thư mục đó được kiểm tra;
thư mục con không được quét, và cùng các bảng tính dạng khác (.xls, .csv…) được liệt kê là bỏ qua.

  --json             in báo cáo dạng JSON
  --csv              in mỗi vấn đề một dòng CSV, bấm đúp là mở được bằng Excel
                     (--lang vi: dấu ";" như Excel cài đặt vùng Việt Nam; --lang en: dấu ",")
  --delimiter DẤU    dấu ngăn cách cột của CSV: , hoặc ; hoặc tab, thay cho dấu theo ngôn ngữ
  --lang vi|en       ngôn ngữ của thông báo (mặc định: vi)
  --settings TỆP     tệp JSON chứa các thiết lập (ngưỡng tuổi, số năm công tác còn lại…)
  --max-memory MB    bộ nhớ để đọc và kiểm tra một tệp (mặc định: ${formatNumber(limits.maxMemoryMb, "vi")})
  --time-limit GIÂY  thời gian để đọc và kiểm tra một tệp, tính bằng giây (mặc định: ${formatNumber(limits.maxSeconds, "vi")})
  --max-cells N      số ô tối đa của một tệp, mọi trang tính cộng lại (mặc định: ${formatNumber(limits.maxCells, "vi")})
  --max-issues N     số vấn đề tối đa được liệt kê cho một tệp, các vấn đề khác chỉ được đếm
                     (mặc định: ${formatNumber(DEFAULT_MAX_ISSUES, "vi")})
  -h, --help         hướng dẫn này

Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được hoặc lệnh sai.
Giới hạn mỗi tệp: ${megabytes(limits.maxFileBytes)}, ${formatNumber(limits.maxCells, "vi")} ô. Các tệp được đọc song song, mỗi tệp riêng rẽ,
nên tệp quá lớn hoặc quá phức tạp chỉ được báo lỗi, các tệp khác vẫn được kiểm tra.
Tệp đầu vào không bao giờ bị ghi.
`,
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
  unlisted: (n) => `… và ${formatNumber(n, "vi")} vấn đề khác không được liệt kê (--max-issues để liệt kê nhiều hơn)`,
  unreadable: "KHÔNG ĐỌC ĐƯỢC",
  sheet: (name) => `Trang "${name}"`,
  notRoster: "không phải danh sách cán bộ",
  headerRows: (from, to) => (from === to ? `tiêu đề ở dòng ${from}` : `tiêu đề ở dòng ${from}–${to}`),
  dataRows: (n) => `${formatNumber(n, "vi")} dòng dữ liệu`,
  fix: "sửa thành",
  realDate: (date) => `${date} (kiểu ngày)`,
  related: (cell) => `xem ${cell}`,
  emptyFolder: (folder) => `Thư mục "${folder}" không có tệp .xlsx nào.`,
  skipped(file, reason) {
    switch (reason) {
      case "xls":
        return `Bỏ qua "${file}": tệp .xls: mở bằng Excel rồi lưu thành .xlsx.`;
      case "other-excel":
        return `Bỏ qua "${file}": chỉ kiểm tra tệp .xlsx: mở bằng Excel rồi lưu thành .xlsx (Sổ làm việc Excel).`;
      case "csv":
        return `Bỏ qua "${file}": tệp .csv không được kiểm tra: mở bằng Excel rồi lưu thành .xlsx.`;
      case "subfolder":
        return `Bỏ qua thư mục con "${file}": chỉ kiểm tra các tệp ngay trong thư mục đã nêu; muốn kiểm tra thư mục con thì nêu nó trong lệnh.`;
    }
  },
  settingsFile: settingsFileVi,
  csvHeaders: {
    file: "Tệp",
    sheet: "Trang tính",
    cell: "Ô",
    row: "Dòng",
    column: "Cột",
    rule: "Quy tắc",
    ruleId: "Mã quy tắc",
    severity: "Mức độ",
    field: "Trường",
    value: "Giá trị",
    message: "Nội dung",
    fix: "Sửa thành",
    related: "Ô liên quan",
  },
  usage: {
    unknownCommand: (command, suggestion) =>
      `Lệnh không hợp lệ: "${command}".${suggestion ? ` Có phải "${suggestion}"?` : ""} Các lệnh: check, summary, fix.`,
    missingCommand:
      'Thiếu lệnh: hãy dùng "cadre-roster check ĐƯỜNG_DẪN...", "cadre-roster summary --targets TỆP_CHỈ_TIÊU.xlsx ĐƯỜNG_DẪN..." hoặc "cadre-roster fix --out TỆP_MỚI.xlsx TỆP.xlsx".',
    noPaths: "Thiếu đường dẫn: hãy nêu ít nhất một tệp .xlsx hoặc một thư mục.",
    noFiles: "Không có tệp .xlsx nào để kiểm tra.",
    jsonAndCsv: "Chỉ chọn một trong hai: --json hoặc --csv.",
    badDelimiter: (value) => `Dấu ngăn cách không hợp lệ: "${value}" (chọn , hoặc ; hoặc tab).`,
    delimiterWithoutCsv: "--delimiter chỉ dùng cùng --csv.",
    badLang: (value) => `Ngôn ngữ không hợp lệ: "${value}" (chọn vi hoặc en).`,
    option(p) {
      switch (p.code) {
        case "unknown":
          return `Tham số không hợp lệ: ${p.option}.${p.suggestion ? ` Có phải ${p.suggestion}?` : ""}`;
        case "needs-value":
          return `Tham số không hợp lệ: ${p.option} cần một giá trị ngay sau nó (giá trị bắt đầu bằng "-" thì viết ${p.option}=GIÁ_TRỊ).`;
        case "takes-no-value":
          return `Tham số không hợp lệ: ${p.option} không nhận giá trị.`;
      }
    },
    unreadableOptions: "Tham số không hợp lệ.",
    badLimit: (option, value) => `Giá trị không hợp lệ cho ${option}: "${value}" (một số nguyên lớn hơn 0).`,
    seeHelp: "Xem hướng dẫn: cadre-roster --help",
  },
};
