import type { Language } from "../i18n/language";
import { REPAIR_TEXTS } from "./i18n";
import type { UndoStorePlan } from "./undo-store";

const kb = (bytes: number) => Math.ceil(bytes / 1000);

/**
 * What to tell the user about storing an undo record: why it cannot be stored, or which earlier repairs
 * can no longer be undone; null when nothing needs saying.
 */
export function undoStoreMessage(plan: UndoStorePlan, lang: Language): string | null {
  const texts = REPAIR_TEXTS[lang].undo;
  if (!plan.ok) return texts.tooLarge(plan.cells, kb(plan.bytes), kb(plan.budget));
  if (plan.dropped.length === 0) return null;
  const sheets = [...new Set(plan.dropped.map((stored) => `"${stored.sheet}"`))].join(", ");
  return texts.dropped(plan.dropped.length, sheets);
}
