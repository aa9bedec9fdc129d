import type { Language } from "../core/report/types";
import { FIX_HELP } from "./fix/help";
import { DEFAULT_LIMITS } from "../xlsx/limits";
import { SUMMARY_HELP } from "./summary/help";

const MB = DEFAULT_LIMITS.maxFileBytes / 1024 / 1024;
const CELLS = DEFAULT_LIMITS.maxCells;

const BASE_HELP: Readonly<Record<Language, string>> = {
  vi: `Cách dùng: cadre-roster check [--json | --csv] [--lang vi|en] [--settings TỆP] ĐƯỜNG_DẪN...

Kiểm tra các danh sách cán bộ (đào tạo, luân chuyển, quy hoạch) trong tệp Excel .xlsx.
ĐƯỜNG_DẪN là một tệp .xlsx hoặc một thư mục (các tệp .xlsx ngay trong thư mục đó).

  --json             in báo cáo dạng JSON
  --csv              in mỗi vấn đề một dòng CSV (mở được bằng Excel)
  --lang vi|en       ngôn ngữ của thông báo (mặc định: vi)
  --settings TỆP     tệp JSON chứa các thiết lập (ngưỡng tuổi, số năm công tác còn lại…)
  -h, --help         hướng dẫn này

Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được hoặc lệnh sai.
Giới hạn mỗi tệp: ${MB} MB, ${CELLS.toLocaleString("vi-VN")} ô. Tệp đầu vào không bao giờ bị ghi.
${FIX_HELP.vi}`,
  en: `Usage: cadre-roster check [--json | --csv] [--lang vi|en] [--settings FILE] PATH...

Checks cadre rosters (training, rotation, planning) in Excel .xlsx workbooks.
A PATH is an .xlsx file or a folder (the .xlsx files directly inside it).

  --json             print the report as JSON
  --csv              print one issue a line as CSV (opens in Excel)
  --lang vi|en       language of the messages (default: vi)
  --settings FILE    a JSON file of settings (age limits, working years left…)
  -h, --help         this help

Exit code: 0 no errors; 1 errors found; 2 a file could not be read, or bad usage.
Limits per file: ${MB} MB, ${CELLS.toLocaleString("en-US")} cells. Input files are never written.
${FIX_HELP.en}`,
};

/** Every command's usage: check and fix, then summary. */
export const HELP: Readonly<Record<Language, string>> = {
  vi: BASE_HELP.vi + SUMMARY_HELP.vi,
  en: BASE_HELP.en + SUMMARY_HELP.en,
};
