import type { Language } from "../../core/report/types";

/** The `summary` command's part of --help. */
export const SUMMARY_HELP: Readonly<Record<Language, string>> = {
  vi: `
Cách dùng: cadre-roster summary --targets TỆP_CHỈ_TIÊU.xlsx [--out BÁO_CÁO.xlsx] [--json] [--lang vi|en] [--settings TỆP] ĐƯỜNG_DẪN...

Tổng hợp danh sách của các đơn vị (kiểm tra từng tệp, gộp lại), tìm người có tên trong nhiều tệp
(cùng họ tên và ngày sinh) và so với chỉ tiêu: mỗi danh mục đã cử bao nhiêu người, đạt bao nhiêu phần trăm
kế hoạch, còn thiếu bao nhiêu; danh mục chưa cử ai; tỷ lệ luân chuyển. Mỗi người chỉ tính một lần trong
một danh mục. Tệp chỉ tiêu có trang "Chỉ tiêu" (xem docs/targets.md).

  --targets TỆP      tệp .xlsx chứa bảng chỉ tiêu (bắt buộc)
  --out TỆP          ghi báo cáo .xlsx: kết quả (công thức Excel thường), danh sách tổng hợp, người trùng, lỗi từng tệp
  --json             in kết quả dạng JSON (xem docs/summary-format.md)

Mã thoát: 0 không có lỗi; 1 có lỗi trong các danh sách; 2 có tệp không đọc được (các tệp khác vẫn được tính),
tệp chỉ tiêu không dùng được, hoặc lệnh sai. Tệp đầu vào không bao giờ bị ghi.
`,
  en: `
Usage: cadre-roster summary --targets TARGETS.xlsx [--out REPORT.xlsx] [--json] [--lang vi|en] [--settings FILE] PATH...

Consolidates the units' rosters (each file checked, then merged), finds people listed in more than one
file (same name and birth date) and counts against the targets: per category, how many were sent, the
share of plan, how many are still needed; categories nobody was sent for; the rotation ratio. Each person
counts once in a category. The targets workbook has a "Chỉ tiêu" sheet (see docs/targets.md).

  --targets FILE     the .xlsx workbook holding the targets table (required)
  --out FILE         write an .xlsx report: achievement (plain Excel formulas), consolidated roster, duplicates, findings per file
  --json             print the result as JSON (see docs/summary-format.md)

Exit code: 0 no errors; 1 errors found in the rosters; 2 a file could not be read (the others still count),
the targets file cannot be used, or bad usage. Input files are never written.
`,
};
