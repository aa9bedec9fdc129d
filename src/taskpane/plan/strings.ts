import type { Language } from "../../core/report/types";

/** The texts of the targets and consolidation section, in one language. Numbers and names arrive formatted. */
export interface PlanStrings {
  title: string;
  targetsHint: string;
  createTargets: string;
  targetsCreated: (sheet: string, categories: string) => string;
  targetsExist: (sheet: string) => string;
  consolidateTitle: string;
  consolidateHint: string;
  pickFiles: string;
  consolidate: string;
  ownReader: string;
  noFiles: string;
  readingFile: (n: string, total: string, file: string) => string;
  checking: (file: string) => string;
  writing: (done: string, total: string) => string;
  consolidated: (files: string, rows: string, people: string, sheet: string) => string;
  filesTitle: string;
  fileRows: (rows: string, errors: string, warnings: string) => string;
  fileNoRoster: string;
  fileFailed: (reason: string) => string;
  duplicatesTitle: (count: string) => string;
  noDuplicates: string;
  duplicatePlace: (file: string, sheet: string, row: string, unit: string) => string;
  achievement: string;
  achievementHint: string;
  readingWorkbook: string;
  achievementWritten: (sheet: string, categories: string) => string;
  noTargetsSheet: (sheet: string) => string;
  thisWorkbook: string;
}

const VI: PlanStrings = {
  title: "Chỉ tiêu và kết quả",
  targetsHint: "Trang “Chỉ tiêu” liệt kê các danh mục của chương trình; điền số chỉ tiêu vào cột Chỉ tiêu.",
  createTargets: "Tạo trang chỉ tiêu",
  targetsCreated: (sheet, categories) => `Đã tạo trang “${sheet}” với ${categories} danh mục: hãy điền chỉ tiêu.`,
  targetsExist: (sheet) => `Sổ tính đã có trang “${sheet}”; trang này được giữ nguyên.`,
  consolidateTitle: "Gộp danh sách",
  consolidateHint: "Chọn các tệp danh sách (.xlsx) các đơn vị gửi về. Các tệp chỉ được đọc, không bị thay đổi.",
  pickFiles: "Các tệp danh sách",
  consolidate: "Gộp danh sách",
  ownReader:
    "Phiên bản Excel này chưa có ExcelApi 1.13: các tệp (.xlsx, chỉ được đọc) sẽ được phần bổ trợ tự đọc, chậm hơn với tệp lớn.",
  noFiles: "Hãy chọn ít nhất một tệp .xlsx.",
  readingFile: (n, total, file) => `Đang đọc tệp ${n}/${total}: ${file}…`,
  checking: (file) => `Đang kiểm tra ${file}…`,
  writing: (done, total) => `Đang ghi danh sách tổng hợp: ${done}/${total} dòng…`,
  consolidated: (files, rows, people, sheet) =>
    `Đã gộp ${files} tệp: ${rows} dòng, ${people} người, vào trang “${sheet}”.`,
  filesTitle: "Kết quả từng tệp",
  fileRows: (rows, errors, warnings) => `${rows} dòng, ${errors} lỗi, ${warnings} cảnh báo`,
  fileNoRoster: "không tìm thấy danh sách cán bộ",
  fileFailed: (reason) => `không đọc được (${reason}); bỏ qua tệp này`,
  duplicatesTitle: (count) => `Người có tên trong danh sách của nhiều đơn vị (${count})`,
  noDuplicates: "Không có người nào trùng giữa các tệp.",
  duplicatePlace: (file, sheet, row, unit) => `${file}, trang “${sheet}”, dòng ${row}${unit ? ` (${unit})` : ""}`,
  achievement: "Lập báo cáo kết quả",
  achievementHint: "Từ danh sách đã gộp, hoặc từ các danh sách trong sổ tính này, so với trang “Chỉ tiêu”.",
  readingWorkbook: "Đang đọc các danh sách trong sổ tính…",
  achievementWritten: (sheet, categories) => `Đã lập trang “${sheet}” (${categories} danh mục).`,
  noTargetsSheet: (sheet) => `Chưa có trang “${sheet}”: hãy bấm “Tạo trang chỉ tiêu” và điền chỉ tiêu trước.`,
  thisWorkbook: "(sổ tính này)",
};

const EN: PlanStrings = {
  title: "Targets and results",
  targetsHint: "The “Chỉ tiêu” sheet lists the programme's categories; type each target in its Target column.",
  createTargets: "Create targets sheet",
  targetsCreated: (sheet, categories) =>
    `Created the sheet “${sheet}” with ${categories} categories: fill in the targets.`,
  targetsExist: (sheet) => `The workbook already has a sheet “${sheet}”; it was left as it is.`,
  consolidateTitle: "Consolidate rosters",
  consolidateHint: "Pick the departments' roster files (.xlsx). The files are only read, never changed.",
  pickFiles: "Roster files",
  consolidate: "Consolidate rosters",
  ownReader:
    "This Excel lacks ExcelApi 1.13: the add-in reads the files (.xlsx, only read) itself, more slowly for big files.",
  noFiles: "Pick at least one .xlsx file.",
  readingFile: (n, total, file) => `Reading file ${n} of ${total}: ${file}…`,
  checking: (file) => `Checking ${file}…`,
  writing: (done, total) => `Writing the consolidated roster: ${done} of ${total} rows…`,
  consolidated: (files, rows, people, sheet) =>
    `Consolidated ${files} files: ${rows} rows, ${people} people, in the sheet “${sheet}”.`,
  filesTitle: "Results by file",
  fileRows: (rows, errors, warnings) => `${rows} rows, ${errors} errors, ${warnings} warnings`,
  fileNoRoster: "no cadre roster found",
  fileFailed: (reason) => `could not be read (${reason}); skipped`,
  duplicatesTitle: (count) => `People on more than one department's roster (${count})`,
  noDuplicates: "Nobody appears in more than one file.",
  duplicatePlace: (file, sheet, row, unit) => `${file}, sheet “${sheet}”, row ${row}${unit ? ` (${unit})` : ""}`,
  achievement: "Make results report",
  achievementHint: "From the consolidated roster, or from this workbook's rosters, against the “Chỉ tiêu” sheet.",
  readingWorkbook: "Reading the workbook's rosters…",
  achievementWritten: (sheet, categories) => `Made the sheet “${sheet}” (${categories} categories).`,
  noTargetsSheet: (sheet) =>
    `There is no sheet “${sheet}” yet: press “Create targets sheet” and fill in the targets first.`,
  thisWorkbook: "(this workbook)",
};

export const PLAN_STRINGS: Readonly<Record<Language, PlanStrings>> = { vi: VI, en: EN };
