import type { Language } from "../core/report/types";

type Sentence = Readonly<Record<Language, string>>;

/** Shown in the task pane when the host lacks a feature; the requirement set is named for IT staff. */
export const MISSING_FEATURE: Readonly<
  Record<"settings" | "conditionalFormats" | "hyperlinks" | "cellProperties" | "rangeAreas" | "mergedAreas", Sentence>
> = {
  settings: {
    vi: "Phiên bản Excel này không lưu được cài đặt trong tệp (cần ExcelApi 1.4): kiểm tra dùng ngưỡng mặc định.",
    en: "This Excel cannot keep settings in the file (needs ExcelApi 1.4): checks use the default thresholds.",
  },
  conditionalFormats: {
    vi: "Phiên bản Excel này không tô màu được ô có lỗi (cần ExcelApi 1.6).",
    en: "This Excel cannot colour the cells with problems (needs ExcelApi 1.6).",
  },
  hyperlinks: {
    vi: "Báo cáo dẫn tới ô bằng công thức HYPERLINK thay vì liên kết (cần ExcelApi 1.7 để có liên kết).",
    en: "The report links to cells with HYPERLINK formulas instead of links (links need ExcelApi 1.7).",
  },
  cellProperties: {
    vi: "Phiên bản Excel này không cho đọc phông chữ của ô (cần ExcelApi 1.9): chữ mã cũ (TCVN3, VNI) chỉ được nhận ra qua nội dung.",
    en: "This Excel does not give cell fonts (needs ExcelApi 1.9): legacy encodings (TCVN3, VNI) are recognised from the text alone.",
  },
  rangeAreas: {
    vi: "Tô màu ô có lỗi chậm hơn: mỗi vùng ô cần một định dạng có điều kiện riêng (cần ExcelApi 1.9).",
    en: "Colouring cells is slower: each block of cells needs its own conditional format (needs ExcelApi 1.9).",
  },
  mergedAreas: {
    vi: "Phiên bản Excel này không cho đọc ô gộp (cần ExcelApi 1.13): tiêu đề hai dòng được nhận ra qua cách bố trí.",
    en: "This Excel does not give merged cells (needs ExcelApi 1.13): two-row headers are recognised from their layout.",
  },
};
