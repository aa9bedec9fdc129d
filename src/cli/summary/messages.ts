import type { Language } from "../../core/report/types";
import { formatNumber } from "../messages";

/** Every sentence the summary command writes, in each language it speaks. */
export interface SummaryMessages {
  totals(files: number, unreadable: number, rows: number, people: number): string;
  targetsFrom(file: string, sheet: string, categories: number): string;
  title: string;
  columns: readonly [string, string, string, string, string, string];
  noneSent: string;
  rotation(rotated: number, quota: number | null, percent: number | null): string;
  zeroSent(labels: readonly string[]): string;
  countedOnce: string;
  duplicates(n: number): string;
  noDuplicates: string;
  born(date: string): string;
  place(file: string, sheet: string, row: number, unit: string): string;
  files: string;
  fileRows(rows: number): string;
  unreadable: string;
  seeCheck: string;
  targetsWarnings: string;
  written(file: string): string;
  targetsUnreadable(file: string, reason: string): string;
  targetsProblem(file: string, reason: string): string;
  outFailed(file: string, detail: string): string;
  usage: { noTargets: string; outNotXlsx(file: string): string; sameFile(file: string): string };
}

const n = (value: number, lang: Language) => formatNumber(value, lang);

const vi: SummaryMessages = {
  totals: (files, unreadable, rows, people) =>
    `Tổng hợp ${n(files, "vi")} tệp${unreadable > 0 ? ` (${n(unreadable, "vi")} tệp không đọc được)` : ""}: ${n(rows, "vi")} dòng dữ liệu, ${n(people, "vi")} người.`,
  targetsFrom: (file, sheet, categories) => `Chỉ tiêu: ${file}, trang "${sheet}" (${n(categories, "vi")} danh mục).`,
  title: "KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
  columns: ["Danh mục", "Đã cử", "Chỉ tiêu", "Tỷ lệ", "Đánh giá", "Còn thiếu"],
  noneSent: "CHƯA CỬ NGƯỜI",
  rotation: (rotated, quota, percent) =>
    quota === null || percent === null
      ? `Luân chuyển: ${n(rotated, "vi")} cán bộ (chưa đặt chỉ tiêu).`
      : `Luân chuyển: ${n(rotated, "vi")}/${n(quota, "vi")} cán bộ (${percent}% chỉ tiêu).`,
  zeroSent: (labels) => `Chưa cử người: ${labels.join("; ")}.`,
  countedOnce: "Mỗi người chỉ tính một lần trong một danh mục, dù có tên trong nhiều danh sách.",
  duplicates: (count) => `Người có tên trong nhiều tệp (${n(count, "vi")}):`,
  noDuplicates: "Không có người nào có tên trong nhiều tệp.",
  born: (date) => `sinh ${date}`,
  place: (file, sheet, row, unit) => `${file}, trang "${sheet}", dòng ${row}${unit ? ` (${unit})` : ""}`,
  files: "Kiểm tra từng tệp:",
  fileRows: (rows) => `${n(rows, "vi")} dòng`,
  unreadable: "KHÔNG ĐỌC ĐƯỢC, không được tính",
  seeCheck: 'Chi tiết từng vấn đề: cadre-roster check TỆP, hoặc trang "Kiểm tra từng tệp" của báo cáo --out.',
  targetsWarnings: "Lưu ý về bảng chỉ tiêu:",
  written: (file) => `Đã ghi báo cáo: ${file}`,
  targetsUnreadable: (file, reason) => `Không đọc được tệp chỉ tiêu "${file}": ${reason}`,
  targetsProblem: (file, reason) => `Tệp chỉ tiêu "${file}": ${reason}`,
  outFailed: (file, detail) => `Không ghi được báo cáo "${file}": ${detail}`,
  usage: {
    noTargets: 'Thiếu tệp chỉ tiêu: hãy nêu --targets TỆP.xlsx (tệp có trang "Chỉ tiêu").',
    outNotXlsx: (file) => `Tệp báo cáo phải có đuôi .xlsx: "${file}".`,
    sameFile: (file) => `Không ghi báo cáo đè lên tệp đầu vào: "${file}".`,
  },
};

const en: SummaryMessages = {
  totals: (files, unreadable, rows, people) =>
    `Consolidated ${n(files, "en")} file${files === 1 ? "" : "s"}${unreadable > 0 ? ` (${n(unreadable, "en")} could not be read)` : ""}: ${n(rows, "en")} data row${rows === 1 ? "" : "s"}, ${n(people, "en")} ${people === 1 ? "person" : "people"}.`,
  targetsFrom: (file, sheet, categories) =>
    `Targets: ${file}, sheet "${sheet}" (${n(categories, "en")} categor${categories === 1 ? "y" : "ies"}).`,
  title: "ACHIEVEMENT AGAINST THE TARGETS",
  columns: ["Category", "Sent", "Target", "Share", "Status", "Still needed"],
  noneSent: "NOBODY SENT",
  rotation: (rotated, quota, percent) =>
    quota === null || percent === null
      ? `Rotation: ${n(rotated, "en")} cadre${rotated === 1 ? "" : "s"} (no quota set).`
      : `Rotation: ${n(rotated, "en")}/${n(quota, "en")} cadres (${percent}% of the quota).`,
  zeroSent: (labels) => `Nobody sent for: ${labels.join("; ")}.`,
  countedOnce: "Each person counts once in a category, however many rosters list them.",
  duplicates: (count) => `People listed in more than one file (${n(count, "en")}):`,
  noDuplicates: "Nobody is listed in more than one file.",
  born: (date) => `born ${date}`,
  place: (file, sheet, row, unit) => `${file}, sheet "${sheet}", row ${row}${unit ? ` (${unit})` : ""}`,
  files: "Check of each file:",
  fileRows: (rows) => `${n(rows, "en")} row${rows === 1 ? "" : "s"}`,
  unreadable: "CANNOT BE READ, not counted",
  seeCheck: 'Every issue in detail: cadre-roster check FILE, or the "Findings per file" sheet of the --out report.',
  targetsWarnings: "About the targets table:",
  written: (file) => `Report written: ${file}`,
  targetsUnreadable: (file, reason) => `Cannot read the targets file "${file}": ${reason}`,
  targetsProblem: (file, reason) => `Targets file "${file}": ${reason}`,
  outFailed: (file, detail) => `Cannot write the report "${file}": ${detail}`,
  usage: {
    noTargets: 'Missing targets file: give --targets FILE.xlsx (a workbook with a "Chỉ tiêu" sheet).',
    outNotXlsx: (file) => `The report file must end in .xlsx: "${file}".`,
    sameFile: (file) => `The report would overwrite an input file: "${file}".`,
  },
};

export const SUMMARY_MESSAGES: Readonly<Record<Language, SummaryMessages>> = { vi, en };
