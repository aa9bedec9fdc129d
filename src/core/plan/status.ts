import { planResult, type PlanResult } from "./result";

export type PlanStatus = "exceeded" | "met" | "not-met";
export type PlanLanguage = "vi" | "en";

/** Above, at or below 100% of the plan. Compares the counts, so 139 of 200 is "not met" however it rounds. */
export function planStatus(actual: number, target: number): PlanResult<PlanStatus> {
  return planResult(actual, target, () => (actual > target ? "exceeded" : actual === target ? "met" : "not-met"));
}

const LABELS: Readonly<Record<PlanLanguage, Readonly<Record<PlanStatus, string>>>> = {
  vi: { exceeded: "Vượt kế hoạch", met: "Đạt kế hoạch", "not-met": "Chưa đạt kế hoạch" },
  en: { exceeded: "Exceeded", met: "Met", "not-met": "Not met" },
};

export function planStatusLabel(status: PlanStatus, lang: PlanLanguage): string {
  return LABELS[lang][status];
}
