import type { RepairTexts } from "./shape";

export const VI: RepairTexts = {
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
  computed: (cells) =>
    `Không sửa các ô do công thức tính ra (ô có công thức hoặc nằm trong vùng kết quả tràn của một công thức), vì ghi vào sẽ làm mất công thức: ${cells}. Hãy sửa dữ liệu nguồn của công thức.`,
  undo: "Hoàn tác lần sửa gần nhất",
  undoOf: (cells, sheet) => `Hoàn tác lần sửa gần nhất (${cells} ô, trang tính “${sheet}”)`,
  undone: (cells, sheet) => `Đã trả lại giá trị cũ của ${cells} ô trên trang tính “${sheet}”.`,
  undoNone: "Không có lần sửa nào để hoàn tác.",
  undoConflict: (cells) =>
    `Không hoàn tác được: các ô sau đã được sửa tay sau khi phần bổ trợ sửa, hoàn tác sẽ ghi đè lên thay đổi đó: ${cells}. Không ô nào bị thay đổi.`,
  undoLost: (sheet) =>
    `Không hoàn tác được lần sửa trên trang tính “${sheet}”: trang tính hoặc bản hoàn tác không còn. Bản hoàn tác đã được bỏ.`,
};
