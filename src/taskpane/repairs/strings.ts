import type { Language } from "../../core/report/types";

/** The texts of repairs and undo, in one language. Numbers, cells and names arrive already formatted. */
export interface RepairStrings {
  fix: string;
  fixLabel: (cell: string, after: string) => string;
  fixAll: (count: string) => string;
  previewTitle: (rule: string) => string;
  previewCount: (cells: string) => string;
  previewMore: (count: string) => string;
  confirm: string;
  cancel: string;
  nothingToRepair: string;
  repaired: (cells: string) => string;
  stale: (cells: string) => string;
  undo: string;
  undoOf: (cells: string, sheet: string) => string;
  undone: (cells: string, sheet: string) => string;
  undoNone: string;
  undoConflict: (cells: string) => string;
  undoLost: (sheet: string) => string;
}

const VI: RepairStrings = {
  fix: "Sửa",
  fixLabel: (cell, after) => `Sửa ô ${cell} thành ${after}`,
  fixAll: (count) => `Sửa tất cả (${count})`,
  previewTitle: (rule) => `Sửa tất cả: ${rule}`,
  previewCount: (cells) => `${cells} ô sẽ được sửa (giá trị cũ → giá trị mới). Có thể hoàn tác sau khi sửa.`,
  previewMore: (count) => `… và ${count} ô khác`,
  confirm: "Xác nhận sửa",
  cancel: "Hủy",
  nothingToRepair: "Không còn ô nào để sửa: trang tính đã thay đổi từ lần kiểm tra trước. Hãy kiểm tra lại.",
  repaired: (cells) => `Đã sửa ${cells} ô và kiểm tra lại danh sách. Nhấn “Hoàn tác” để trả lại giá trị cũ.`,
  stale: (cells) => `Không sửa các ô đã thay đổi từ lần kiểm tra trước: ${cells}.`,
  undo: "Hoàn tác lần sửa gần nhất",
  undoOf: (cells, sheet) => `Hoàn tác lần sửa gần nhất (${cells} ô, trang tính “${sheet}”)`,
  undone: (cells, sheet) => `Đã trả lại giá trị cũ của ${cells} ô trên trang tính “${sheet}”.`,
  undoNone: "Không có lần sửa nào để hoàn tác.",
  undoConflict: (cells) =>
    `Không hoàn tác được: các ô sau đã được sửa tay sau khi tiện ích sửa, hoàn tác sẽ ghi đè lên thay đổi đó: ${cells}. Không ô nào bị thay đổi.`,
  undoLost: (sheet) =>
    `Không hoàn tác được lần sửa trên trang tính “${sheet}”: trang tính hoặc bản hoàn tác không còn. Bản hoàn tác đã được bỏ.`,
};

const EN: RepairStrings = {
  fix: "Fix",
  fixLabel: (cell, after) => `Fix cell ${cell} to ${after}`,
  fixAll: (count) => `Fix all (${count})`,
  previewTitle: (rule) => `Fix all: ${rule}`,
  previewCount: (cells) => `${cells} cells will be changed (old value → new value). The repair can be undone.`,
  previewMore: (count) => `… and ${count} more cells`,
  confirm: "Confirm repair",
  cancel: "Cancel",
  nothingToRepair: "Nothing left to repair: the sheet changed since the last check. Check it again.",
  repaired: (cells) => `Repaired ${cells} cells and checked the roster again. Press “Undo” to put the old values back.`,
  stale: (cells) => `Cells changed since the last check were not repaired: ${cells}.`,
  undo: "Undo the last repair",
  undoOf: (cells, sheet) => `Undo the last repair (${cells} cells, sheet “${sheet}”)`,
  undone: (cells, sheet) => `Put back the old values of ${cells} cells on sheet “${sheet}”.`,
  undoNone: "There is no repair to undo.",
  undoConflict: (cells) =>
    `Cannot undo: these cells were edited after the repair, and undoing would overwrite that edit: ${cells}. No cell was changed.`,
  undoLost: (sheet) =>
    `The repair on sheet “${sheet}” cannot be undone: the sheet or the undo record is gone. The undo record was dropped.`,
};

export const REPAIR_STRINGS: Readonly<Record<Language, RepairStrings>> = { vi: VI, en: EN };
