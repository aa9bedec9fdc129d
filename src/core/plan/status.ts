import type { Language } from "../i18n/language";
import { PLAN_TEXTS } from "./i18n";
import { planResult, type PlanResult, type PlanStatus } from "./result";

/** Above, at or below 100% of the plan. Compares the counts, so 139 of 200 is "not met" however it rounds. */
export function planStatus(actual: number, target: number): PlanResult<PlanStatus> {
  return planResult(actual, target, () => (actual > target ? "exceeded" : actual === target ? "met" : "not-met"));
}

export function planStatusLabel(status: PlanStatus, lang: Language): string {
  return PLAN_TEXTS[lang].status[status];
}
