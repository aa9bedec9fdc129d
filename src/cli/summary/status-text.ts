import type { CategoryResult } from "../../core/consolidate/types";
import { planStatusLabel } from "../../core/plan";
import type { Language } from "../../core/report/types";
import { SUMMARY_MESSAGES } from "./i18n";

/** The status a category shows: nobody sent is flagged above anything else; no target, no status. */
export function statusText(category: CategoryResult, lang: Language): string {
  if (category.zeroSent) return SUMMARY_MESSAGES[lang].noneSent;
  return category.status === null ? "–" : planStatusLabel(category.status, lang);
}
