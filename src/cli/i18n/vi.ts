import { formatNumber } from "../../core/i18n";
import { megabytes } from "../file-size";
import { settingsFileVi } from "./settings-vi";
import type { CliMessages } from "./shape";

export const VI: CliMessages = {
  help: (limits) => `Cách dùng: cadre-roster check [--json | --csv [--delimiter ,|;|tab]] [--lang vi|en] [--settings TỆP] ĐƯỜNG_DẪN...

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
  -h, --help         hướng dẫn này

Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được hoặc lệnh sai.
Giới hạn mỗi tệp: ${megabytes(limits.maxFileBytes)}, ${formatNumber(limits.maxCells, "vi")} ô. Các tệp được đọc song song, mỗi tệp riêng rẽ,
nên tệp quá lớn hoặc quá phức tạp chỉ được báo lỗi, các tệp khác vẫn được kiểm tra.
Tệp đầu vào không bao giờ bị ghi.
`,
  problem(p) {
    switch (p.code) {
      case "not-found":
        return "Không tìm thấy tệp.";
      case "not-a-file":
        return "Không phải tệp (có thể là thư mục không mở được).";
      case "no-permission":
        return "Bạn không có quyền đọc tệp này: hãy hỏi người quản lý máy tính hoặc thư mục dùng chung.";
      case "in-use":
        return "Tệp đang bị một chương trình khác giữ (có thể đang mở trong Excel): hãy đóng tệp rồi chạy lại lệnh.";
      case "unreadable":
        return "Không đọc được tệp từ ổ đĩa hoặc thư mục dùng chung: hãy chép tệp về máy này rồi thử lại.";
      case "empty":
        return "Tệp rỗng (0 byte).";
      case "encrypted":
        return "Tệp được đặt mật khẩu hoặc ở định dạng .xls cũ: hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng .xlsx.";
      case "not-xlsx":
        return "Không phải tệp Excel .xlsx.";
      case "no-sheets":
        return "Tệp không có trang tính nào (không phải sổ tính .xlsx, hoặc chỉ có biểu đồ).";
      case "corrupt":
        return "Tệp .xlsx bị hỏng hoặc không đầy đủ: hãy mở bằng Excel rồi lưu lại, hoặc đề nghị đơn vị gửi lại tệp.";
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
      case "too-complex":
        return "Tệp quá lớn hoặc quá phức tạp để kiểm tra: chứa nhiều hơn mức chương trình xử lý được một lúc.";
      case "out-of-memory":
        return `Tệp quá lớn hoặc quá phức tạp để kiểm tra: cần nhiều hơn giới hạn bộ nhớ ${formatNumber(p.limitMb, "vi")} MB (tùy chọn --max-memory).`;
      case "timed-out":
        return `Tệp quá lớn hoặc quá phức tạp để kiểm tra: cần lâu hơn giới hạn thời gian ${formatNumber(p.limitSeconds, "vi")} giây (tùy chọn --time-limit).`;
      case "worker-died":
        return "Việc kiểm tra tệp này bị dừng đột ngột; các tệp khác vẫn được kiểm tra.";
      case "check-failed":
        return "Chương trình gặp lỗi ngoài dự kiến khi kiểm tra tệp này; các tệp khác vẫn được kiểm tra. Chi tiết kỹ thuật có trong báo cáo --json.";
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
