import type { Language } from "../../core/report/types";
import type { FixableRule } from "../../core/repair";
import { formatNumber } from "../messages";
import type { WorkbookFeature } from "../../xlsx/round-trip-losses";
import type { SkipReason } from "../../xlsx/write-repairs";

/** Every sentence `cadre-roster fix` writes, in each language it speaks. */
export interface FixMessages {
  usage: { noFile: string; oneFile: string; noOut: string; outNotXlsx(out: string): string };
  output: {
    sameAsInput(out: string): string;
    exists(out: string): string;
    notAFile(out: string): string;
    writeFailed(out: string, detail: string): string;
  };
  planned(file: string, n: number, dryRun: boolean): string;
  skipped(reason: SkipReason, cells: readonly string[]): string;
  written(out: string, n: number, logSheet: string): string;
  lost(features: readonly WorkbookFeature[]): string;
  feature: Record<WorkbookFeature, string>;
  rule: Record<FixableRule, string>;
  realDate(date: string): string;
  logHeaders: readonly string[];
}

const vi: FixMessages = {
  usage: {
    noFile: "Thiếu tệp cần sửa: cadre-roster fix --out TỆP_MỚI.xlsx TỆP.xlsx",
    oneFile: "Mỗi lần chỉ sửa một tệp.",
    noOut: "Thiếu --out TỆP_MỚI.xlsx (nơi ghi bản đã sửa), hoặc dùng --dry-run để chỉ xem các thay đổi.",
    outNotXlsx: (out) => `Tệp ghi ra phải có đuôi .xlsx: "${out}".`,
  },
  output: {
    sameAsInput: (out) =>
      `Không ghi: "${out}" chính là tệp gốc. Tệp gốc không bao giờ bị ghi; hãy chọn tên khác cho bản sửa.`,
    exists: (out) => `Không ghi: "${out}" đã có. Chọn tên khác, hoặc thêm --force để ghi đè tệp đó.`,
    notAFile: (out) => `Không ghi được: "${out}" là một thư mục.`,
    writeFailed: (out, detail) => `Không ghi được "${out}" (${detail}).`,
  },
  planned: (file, n, dryRun) =>
    n === 0
      ? `${file}: không có ô nào cần sửa tự động.`
      : `${file}: ${formatNumber(n, "vi")} ô ${dryRun ? "sẽ được sửa (chạy thử: chưa ghi tệp nào)" : "được sửa"}:`,
  skipped: (reason, cells) =>
    reason === "formula"
      ? `Không sửa các ô chứa công thức (cần sửa công thức): ${cells.join(", ")}.`
      : `Không sửa các ô có liên kết (ngày không đặt được vào liên kết): ${cells.join(", ")}.`,
  written: (out, n, logSheet) =>
    `Đã ghi bản sửa vào "${out}": ${formatNumber(n, "vi")} ô đã sửa, liệt kê ở trang "${logSheet}". Tệp gốc giữ nguyên.`,
  lost: (features) =>
    `Chú ý: bản sửa không giữ được ${features.map((f) => vi.feature[f]).join("; ")} của tệp gốc (thư viện ghi tệp .xlsx không hỗ trợ). ` +
    "Nếu cần giữ, hãy sửa ngay trong Excel bằng add-in.",
  feature: {
    addinSettings: "thiết lập của add-in lưu trong tệp (ngưỡng kiểm tra, đánh dấu, bản hoàn tác)",
    comments: "ghi chú, bình luận",
    charts: "biểu đồ",
    pivotTables: "bảng tổng hợp (PivotTable)",
    slicers: "bộ lọc slicer, timeline",
    sparklines: "biểu đồ thu nhỏ trong ô (sparkline)",
    shapes: "hình vẽ, hộp chữ",
    images: "hình ảnh",
    dataValidation: "quy tắc kiểm tra nhập liệu",
    conditionalFormats: "định dạng có điều kiện",
    dynamicArrays: "công thức mảng động (kết quả tràn ô)",
    externalLinks: "liên kết tới tệp khác",
    controls: "nút bấm, điều khiển biểu mẫu",
    customXml: "dữ liệu XML tùy chỉnh",
    customProperties: "thuộc tính tùy chỉnh (Custom properties)",
    hyperlinks: "liên kết",
    merges: "ô gộp",
    tables: "bảng Excel (Table)",
    protection: "bảo vệ trang tính",
    pageBreaks: "ngắt trang đặt tay",
    cellStyles: "kiểu ô có tên (Cell Styles; định dạng của từng ô vẫn giữ)",
  },
  rule: {
    "legacy-encoding": "Đổi mã TCVN3/VNI sang Unicode",
    "not-nfc": "Chuẩn hóa Unicode (dựng sẵn)",
    whitespace: "Bỏ dấu cách thừa",
    "unknown-value": "Sửa theo danh mục",
    "text-date": "Đổi ngày dạng chữ thành ngày",
  },
  realDate: (date) => `${date} (kiểu ngày)`,
  logHeaders: ["Trang tính", "Ô", "Giá trị cũ", "Giá trị mới", "Nội dung sửa", "Quy tắc"],
};

const en: FixMessages = {
  usage: {
    noFile: "Missing the file to repair: cadre-roster fix --out NEW.xlsx FILE.xlsx",
    oneFile: "Repair one file at a time.",
    noOut: "Missing --out NEW.xlsx (where to write the repaired copy), or use --dry-run to list the changes only.",
    outNotXlsx: (out) => `The output file must end in .xlsx: "${out}".`,
  },
  output: {
    sameAsInput: (out) =>
      `Not written: "${out}" is the input file. The input is never written; choose another name for the copy.`,
    exists: (out) => `Not written: "${out}" exists. Choose another name, or add --force to overwrite that file.`,
    notAFile: (out) => `Cannot write: "${out}" is a folder.`,
    writeFailed: (out, detail) => `Cannot write "${out}" (${detail}).`,
  },
  planned: (file, n, dryRun) =>
    n === 0
      ? `${file}: no cell needs an automatic repair.`
      : `${file}: ${formatNumber(n, "en")} cell${n === 1 ? "" : "s"} ${dryRun ? "to repair (dry run: nothing written)" : "repaired"}:`,
  skipped: (reason, cells) =>
    reason === "formula"
      ? `Cells holding formulas were not changed (fix the formula instead): ${cells.join(", ")}.`
      : `Cells holding links were not changed (a link cannot hold a date): ${cells.join(", ")}.`,
  written: (out, n, logSheet) =>
    `Repaired copy written to "${out}": ${formatNumber(n, "en")} cell${n === 1 ? "" : "s"} changed, listed on the sheet "${logSheet}". The input file is unchanged.`,
  lost: (features) =>
    `Note: the copy could not keep the original's ${features.map((f) => en.feature[f]).join("; ")} (the .xlsx writer does not support them). ` +
    "To keep them, repair the workbook in Excel with the add-in.",
  feature: {
    addinSettings: "add-in settings stored in the file (thresholds, marks, undo records)",
    comments: "notes and comments",
    charts: "charts",
    pivotTables: "PivotTables",
    slicers: "slicers and timelines",
    sparklines: "sparklines",
    shapes: "shapes and text boxes",
    images: "pictures",
    dataValidation: "data validation rules",
    conditionalFormats: "conditional formats",
    dynamicArrays: "dynamic array formulas (spilled results)",
    externalLinks: "links to other workbooks",
    controls: "buttons and form controls",
    customXml: "custom XML data",
    customProperties: "custom file properties",
    hyperlinks: "hyperlinks",
    merges: "merged cells",
    tables: "Excel tables",
    protection: "sheet protection",
    pageBreaks: "manual page breaks",
    cellStyles: "named cell styles (each cell's formatting stays)",
  },
  rule: {
    "legacy-encoding": "TCVN3/VNI converted to Unicode",
    "not-nfc": "Unicode normalised (precomposed)",
    whitespace: "Extra spaces removed",
    "unknown-value": "Corrected to the list's value",
    "text-date": "Text date made a real date",
  },
  realDate: (date) => `${date} (as a date)`,
  logHeaders: ["Sheet", "Cell", "Old value", "New value", "Change", "Rule"],
};

export const FIX_MESSAGES: Readonly<Record<Language, FixMessages>> = { vi, en };
