import type { Language } from "../../core/report/types";

/** The `fix` command's part of --help. */
export const FIX_HELP: Readonly<Record<Language, string>> = {
  vi: `
Cách dùng: cadre-roster fix --out TỆP_MỚI.xlsx [--force] [--dry-run] [--lang vi|en] [--settings TỆP] TỆP.xlsx

Sửa những lỗi có cách sửa chắc chắn (chữ mã TCVN3/VNI, Unicode tổ hợp, dấu cách thừa, ngày gõ thành chữ,
giới tính, dân tộc, chương trình gõ sai gần đúng) và ghi ra một bản sao có thêm trang "Nhật ký sửa" liệt kê
từng ô đã sửa (trang, ô, giá trị cũ, giá trị mới, quy tắc). Chỉ các ô có lỗi được sửa; định dạng ô giữ nguyên,
trừ ngày (định dạng dd/mm/yyyy) và chữ TCVN3/VNI đã đổi (phông Times New Roman).

  --out TỆP          tệp .xlsx mới để ghi bản sửa; không bao giờ được là tệp gốc
  --force            cho phép ghi đè TỆP đã có (vẫn không bao giờ ghi đè tệp gốc)
  --dry-run          chỉ liệt kê các thay đổi, không ghi tệp nào

Mã thoát: 0 đã ghi bản sửa (hoặc đã liệt kê); 2 tệp không đọc/ghi được, hoặc lệnh sai.
Bản sao được ghi lại bằng thư viện exceljs, vốn không giữ được mọi thứ (thiết lập của add-in, biểu đồ,
PivotTable, slicer…): lệnh báo rõ phần nào của tệp gốc bị mất. Xem docs/fix.md.
`,
  en: `
Usage: cadre-roster fix --out NEW.xlsx [--force] [--dry-run] [--lang vi|en] [--settings FILE] FILE.xlsx

Repairs what has a certain repair (TCVN3/VNI text, decomposed Unicode, extra spaces, dates typed as text,
misspelt gender, ethnic group or programme) and writes a copy with an added "Nhật ký sửa" sheet listing
every changed cell (sheet, cell, old value, new value, rule). Only cells with issues change; cell formatting
stays, except that dates get the format dd/mm/yyyy and converted TCVN3/VNI text the font Times New Roman.

  --out FILE         the new .xlsx file for the repaired copy; never the input file
  --force            allow overwriting an existing FILE (the input is still never overwritten)
  --dry-run          list the changes only; write nothing

Exit code: 0 copy written (or changes listed); 2 a file could not be read or written, or bad usage.
The copy is rewritten by the exceljs library, which cannot keep everything (add-in settings, charts,
PivotTables, slicers…): the command says which parts of the original were lost. See docs/fix.md.
`,
};
