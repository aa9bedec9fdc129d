import type { Gender } from "../../core/people";
import type { Language } from "../../core/report/types";
import type { RosterKind } from "../../core/roster/types";
import type { AdminLevel } from "../../core/targets/types";
import { formatNumber } from "../../core/i18n";

/** The words of the report workbook. Sheet names stay within Excel's 31 characters. */
export interface XlsxLabels {
  sheets: { report: string; roster: string; duplicates: string; findings: string };
  title: string;
  subtitle(files: number, rows: number, targetsFile: string): string;
  reportHeader: readonly string[];
  rotation: string;
  zeroSent(labels: readonly string[]): string;
  noneSent: string;
  rowsAndPeople(rows: number, people: number): string;
  note: string;
  rosterHeader: readonly string[];
  duplicatesHeader: readonly string[];
  noDuplicates: string;
  findingsHeader: readonly string[];
  unreadable(reason: string): string;
  noIssues: string;
  kind: Readonly<Record<RosterKind, string>>;
  level: Readonly<Record<AdminLevel, string>>;
  gender: Readonly<Record<Gender, string>>;
  severity: Readonly<Record<"error" | "warning" | "info", string>>;
}

const vi: XlsxLabels = {
  sheets: {
    report: "Báo cáo kết quả",
    roster: "Danh sách tổng hợp",
    duplicates: "Trùng giữa các tệp",
    findings: "Kiểm tra từng tệp",
  },
  title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG, LUÂN CHUYỂN CÁN BỘ",
  subtitle: (files, rows, targetsFile) =>
    `Tổng hợp từ ${formatNumber(files, "vi")} tệp danh sách (${formatNumber(rows, "vi")} dòng); chỉ tiêu theo tệp ${targetsFile}`,
  reportHeader: ["STT", "Danh mục", "Đã cử", "Chỉ tiêu", "Tỷ lệ đạt", "Đánh giá", "Còn thiếu", "Ghi chú"],
  rotation: "Luân chuyển (đã luân chuyển / chỉ tiêu)",
  zeroSent: (labels) => `Chưa cử người: ${labels.join("; ")}`,
  noneSent: "Chưa cử người",
  rowsAndPeople: (rows, people) =>
    `${formatNumber(rows, "vi")} dòng, ${formatNumber(people, "vi")} người (có người ghi ở nhiều danh sách)`,
  note: "Tỷ lệ đạt = Đã cử ÷ Chỉ tiêu. Mỗi người chỉ tính một lần trong một danh mục. Sửa chỉ tiêu ở cột D thì tỷ lệ, đánh giá và số còn thiếu tự tính lại.",
  rosterHeader: [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Đơn vị",
    "Cấp",
    "Chương trình đào tạo",
    "Lĩnh vực",
    "Chuyên ngành",
    "Loại danh sách",
    "Danh mục",
    "Nguồn (tệp)",
    "Trang",
    "Dòng",
  ],
  duplicatesHeader: [
    "Nhóm",
    "Họ và tên",
    "Ngày sinh",
    "Nguồn (tệp)",
    "Trang",
    "Dòng",
    "Đơn vị",
    "Chương trình đào tạo",
  ],
  noDuplicates: "Không có người nào có tên trong nhiều tệp.",
  findingsHeader: ["Tệp", "Trang", "Ô", "Mức độ", "Quy tắc", "Nội dung", "Sửa thành"],
  unreadable: (reason) => `KHÔNG ĐỌC ĐƯỢC, không được tính: ${reason}`,
  noIssues: "Không có vấn đề",
  kind: { training: "Đào tạo, bồi dưỡng", rotation: "Luân chuyển", planning: "Quy hoạch" },
  level: { province: "Tỉnh", district: "Huyện", commune: "Xã" },
  gender: { male: "Nam", female: "Nữ" },
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
};

const en: XlsxLabels = {
  sheets: {
    report: "Achievement",
    roster: "Consolidated roster",
    duplicates: "Cross-file duplicates",
    findings: "Findings per file",
  },
  title: "ACHIEVEMENT AGAINST THE TARGETS FOR TRAINING AND ROTATION OF CADRES",
  subtitle: (files, rows, targetsFile) =>
    `Consolidated from ${formatNumber(files, "en")} roster files (${formatNumber(rows, "en")} rows); targets from ${targetsFile}`,
  reportHeader: ["No.", "Category", "Sent", "Target", "Share of plan", "Status", "Still needed", "Notes"],
  rotation: "Rotation (rotated / quota)",
  zeroSent: (labels) => `Nobody sent for: ${labels.join("; ")}`,
  noneSent: "Nobody sent",
  rowsAndPeople: (rows, people) =>
    `${formatNumber(rows, "en")} rows, ${formatNumber(people, "en")} people (some are listed in several rosters)`,
  note: "Share of plan = Sent ÷ Target. Each person counts once in a category. Change a target in column D and the share, status and still-needed figures follow.",
  rosterHeader: [
    "No.",
    "Full name",
    "Date of birth",
    "Gender",
    "Unit",
    "Level",
    "Programme",
    "Field",
    "Major",
    "Roster kind",
    "Categories",
    "Source file",
    "Sheet",
    "Row",
  ],
  duplicatesHeader: ["Group", "Full name", "Date of birth", "Source file", "Sheet", "Row", "Unit", "Programme"],
  noDuplicates: "Nobody is listed in more than one file.",
  findingsHeader: ["File", "Sheet", "Cell", "Severity", "Rule", "Message", "Fix"],
  unreadable: (reason) => `CANNOT BE READ, not counted: ${reason}`,
  noIssues: "No issues",
  kind: { training: "Training", rotation: "Rotation", planning: "Planning" },
  level: { province: "Province", district: "District", commune: "Commune" },
  gender: { male: "Male", female: "Female" },
  severity: { error: "Error", warning: "Warning", info: "Info" },
};

export const XLSX_LABELS: Readonly<Record<Language, XlsxLabels>> = { vi, en };
