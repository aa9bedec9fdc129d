import type { Language, Severity } from "../core/report/types";
import type { RosterKind } from "../core/roster/types";
import type { FileProblem } from "../xlsx/file-problem";

/** Every sentence the command itself writes, in each language it speaks. */
export interface CliMessages {
  problem(problem: FileProblem): string;
  severity: Record<Severity, string>;
  count(n: number, severity: Severity): string;
  kind: Record<RosterKind, string>;
  summary(files: number, sheets: number, rows: number): string;
  noIssues: string;
  unreadable: string;
  sheet(name: string): string;
  notRoster: string;
  headerRows(from: number, to: number): string;
  dataRows(n: number): string;
  fix: string;
  realDate(date: string): string;
  related(cell: string): string;
  emptyFolder(folder: string): string;
  checkFailed(detail: string): string;
  usage: {
    unknownCommand(command: string): string;
    missingCommand: string;
    noPaths: string;
    noFiles: string;
    jsonAndCsv: string;
    badLang(value: string): string;
    badOption(detail: string): string;
    settings(problem: "unreadable" | "not-json" | "not-an-object", file: string, detail: string): string;
    seeHelp: string;
  };
}

export function formatNumber(n: number, lang: Language): string {
  return n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
}

function megabytes(bytes: number): string {
  return Number.isFinite(bytes) ? `${Math.round(bytes / 1024 / 1024)} MB` : "> 4 GB";
}

const vi: CliMessages = {
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
        return `Nội dung tệp khi giải nén quá lớn: ${megabytes(p.bytes)}, giới hạn ${megabytes(p.limit)}.`;
      case "too-many-cells":
        return `Tệp có quá nhiều ô: ${formatNumber(p.cells, "vi")}, giới hạn ${formatNumber(p.limit, "vi")}.`;
    }
  },
  severity: { error: "lỗi", warning: "cảnh báo", info: "lưu ý" },
  count: (n, severity) => `${formatNumber(n, "vi")} ${vi.severity[severity]}`,
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

const en: CliMessages = {
  problem(p) {
    switch (p.code) {
      case "not-found":
        return "File not found.";
      case "not-a-file":
        return "Not a file (perhaps a folder that cannot be opened).";
      case "unreadable":
        return `The file cannot be read (${p.detail}).`;
      case "empty":
        return "The file is empty (0 bytes).";
      case "encrypted":
        return "The file is encrypted or in the old .xls format: open it in Excel, remove the password and save it as .xlsx.";
      case "not-xlsx":
        return "Not an Excel .xlsx file.";
      case "no-sheets":
        return "The file holds no worksheet (not an .xlsx workbook, or charts only).";
      case "corrupt":
        return `The .xlsx file is damaged or incomplete${p.detail ? ` (${p.detail})` : ""}.`;
      case "too-large":
        return `The file is too large: ${megabytes(p.bytes)}, limit ${megabytes(p.limit)}.`;
      case "too-large-unzipped":
        return `The file's contents are too large once unzipped: ${megabytes(p.bytes)}, limit ${megabytes(p.limit)}.`;
      case "too-many-cells":
        return `The file has too many cells: ${formatNumber(p.cells, "en")}, limit ${formatNumber(p.limit, "en")}.`;
    }
  },
  severity: { error: "error", warning: "warning", info: "info" },
  count: (n, severity) =>
    `${formatNumber(n, "en")} ${en.severity[severity]}${n === 1 || severity === "info" ? "" : "s"}`,
  kind: { training: "training roster", rotation: "rotation roster", planning: "planning roster" },
  summary: (files, sheets, rows) =>
    `Checked ${formatNumber(files, "en")} file${files === 1 ? "" : "s"}, ${formatNumber(sheets, "en")} sheet${sheets === 1 ? "" : "s"}, ${formatNumber(rows, "en")} data row${rows === 1 ? "" : "s"}`,
  noIssues: "no issues",
  unreadable: "CANNOT BE READ",
  sheet: (name) => `Sheet "${name}"`,
  notRoster: "not a roster",
  headerRows: (from, to) => (from === to ? `header on row ${from}` : `header on rows ${from}–${to}`),
  dataRows: (n) => `${formatNumber(n, "en")} data row${n === 1 ? "" : "s"}`,
  fix: "fix",
  realDate: (date) => `${date} (as a date)`,
  related: (cell) => `see ${cell}`,
  emptyFolder: (folder) => `The folder "${folder}" holds no .xlsx file.`,
  checkFailed: (detail) => `The check failed on this file (${detail}); the other files were still checked.`,
  usage: {
    unknownCommand: (command) => `Unknown command: "${command}". The commands: check, summary, fix.`,
    missingCommand:
      'Missing command: use "cadre-roster check PATH...", "cadre-roster summary --targets TARGETS.xlsx PATH..." or "cadre-roster fix --out NEW.xlsx FILE.xlsx".',
    noPaths: "Missing path: name at least one .xlsx file or folder.",
    noFiles: "There is no .xlsx file to check.",
    jsonAndCsv: "Choose one of --json and --csv, not both.",
    badLang: (value) => `Unknown language: "${value}" (use vi or en).`,
    badOption: (detail) => `Bad option: ${detail}`,
    settings: (problem, file, detail) =>
      problem === "unreadable"
        ? `Cannot read the settings file "${file}": ${detail}`
        : problem === "not-json"
          ? `The settings file "${file}" is not valid JSON: ${detail}`
          : `The settings file "${file}" must hold a JSON object ({ ... }).`,
    seeHelp: "See: cadre-roster --help",
  },
};

export const MESSAGES: Readonly<Record<Language, CliMessages>> = { vi, en };
