import { WRITE_PROBLEMS_VI } from "../../i18n/write-problems";
import { formatNumber } from "../../../core/i18n";
import type { FixMessages } from "./shape";

export const VI: FixMessages = {
  help: `
Cách dùng: cadre-roster fix --out TỆP_MỚI.xlsx [--force] [--dry-run] [--lang vi|en] [--settings TỆP] TỆP.xlsx

Sửa những lỗi có cách sửa chắc chắn (chữ mã TCVN3/VNI, Unicode tổ hợp, ký tự điều khiển, dấu cách thừa,
ngày gõ thành chữ, giới tính, dân tộc, chương trình gõ sai gần đúng) và ghi ra một bản sao có thêm trang "Nhật ký sửa" liệt kê
từng ô đã sửa (trang, ô, giá trị cũ, giá trị mới, quy tắc). Chỉ các ô có lỗi được sửa; định dạng ô giữ nguyên,
trừ ngày (định dạng dd/mm/yyyy) và chữ TCVN3/VNI đã đổi (phông Times New Roman).

  --out TỆP          tệp .xlsx mới để ghi bản sửa; không bao giờ được là tệp gốc
  --force            cho phép ghi đè TỆP đã có (vẫn không bao giờ ghi đè tệp gốc)
  --dry-run          chỉ liệt kê các thay đổi, không ghi tệp nào

Mã thoát: 0 đã ghi bản sửa (hoặc đã liệt kê); 2 tệp không đọc/ghi được, hoặc lệnh sai.
Bản sao được ghi lại bằng thư viện exceljs, vốn không giữ được mọi thứ (thiết lập của add-in, biểu đồ,
PivotTable, slicer…): lệnh báo rõ phần nào của tệp gốc bị mất. Xem docs/fix.md.
`,
  usage: {
    noFile: "Thiếu tệp cần sửa: cadre-roster fix --out TỆP_MỚI.xlsx TỆP.xlsx",
    oneFile: "Mỗi lần chỉ sửa một tệp.",
    noOut: "Thiếu --out TỆP_MỚI.xlsx (nơi ghi bản đã sửa), hoặc dùng --dry-run để chỉ xem các thay đổi.",
    outNotXlsx: (out) => `Tệp ghi ra phải có đuôi .xlsx: "${out}".`,
  },
  output: {
    refused: {
      "same-as-input": (out) =>
        `Không ghi: "${out}" là tệp đầu vào. Tệp đầu vào không bao giờ bị ghi; hãy chọn tên khác cho bản sửa.`,
      "in-input-folder": (out) =>
        `Không ghi: "${out}" nằm trong thư mục đang được đọc. Hãy chọn thư mục khác cho bản sửa.`,
      exists: (out) => `Không ghi: "${out}" đã có. Chọn tên khác, hoặc thêm --force để ghi đè tệp đó.`,
      "not-a-file": (out) => `Không ghi được: "${out}" là một thư mục.`,
    },
    writeFailed: (out, problem) => `Không ghi được "${out}": ${WRITE_PROBLEMS_VI[problem]}.`,
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
    `Chú ý: bản sửa không giữ được ${features.map((f) => VI.feature[f]).join("; ")} của tệp gốc (thư viện ghi tệp .xlsx không hỗ trợ). ` +
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
  realDate: (date) => `${date} (kiểu ngày)`,
};
