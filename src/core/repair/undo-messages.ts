import type { Language } from "../report/types";
import type { UndoStorePlan } from "./undo-store";

const kb = (bytes: number) => Math.ceil(bytes / 1000);

/**
 * What to tell the user about storing an undo record: why it cannot be stored, or which earlier repairs
 * can no longer be undone; null when nothing needs saying.
 */
export function undoStoreMessage(plan: UndoStorePlan, lang: Language): string | null {
  if (!plan.ok) {
    return lang === "vi"
      ? `Không lưu được bản hoàn tác: lần sửa này thay đổi ${plan.cells} ô, cần khoảng ${kb(plan.bytes)} KB, quá ${kb(plan.budget)} KB dành cho bản hoàn tác trong tệp. Hãy sửa từng quy tắc một, hoặc lưu một bản sao của tệp trước khi sửa.`
      : `The undo record cannot be stored: these repairs change ${plan.cells} cells and need about ${kb(plan.bytes)} KB, more than the ${kb(plan.budget)} KB the file keeps for undo. Repair one rule at a time, or save a copy of the file before repairing.`;
  }
  const n = plan.dropped.length;
  if (n === 0) return null;
  const sheets = [...new Set(plan.dropped.map((stored) => `"${stored.sheet}"`))].join(", ");
  return lang === "vi"
    ? `Để có chỗ lưu bản hoàn tác mới, ${n} lần sửa cũ nhất (trang ${sheets}) không còn hoàn tác được nữa.`
    : `To make room for the new undo record, the ${n} oldest repair${n === 1 ? "" : "s"} (sheet ${sheets}) can no longer be undone.`;
}
