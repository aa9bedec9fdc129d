import { planResult, type PlanResult } from "./result";

/** actual ÷ target as a fraction: 30 sent against a target of 10 is 3, shown as 300%. */
export function planPct(actual: number, target: number): PlanResult<number> {
  return planResult(actual, target, () => actual / target);
}

/** How many are still needed to meet the target; 0 once it is met or exceeded. */
export function planGap(actual: number, target: number): PlanResult<number> {
  return planResult(actual, target, () => Math.max(0, target - actual));
}
