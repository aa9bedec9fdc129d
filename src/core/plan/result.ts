/**
 * Why a plan figure cannot be computed: "no-target" (a target of 0, which is also what a blank
 * target reads as), "negative" (a count below 0), "not-a-number" (NaN or infinite).
 */
export type PlanError = "no-target" | "negative" | "not-a-number";

/** Above, at or below 100% of the plan. */
export type PlanStatus = "exceeded" | "met" | "not-met";

export type PlanResult<T> = { ok: true; value: T } | { ok: false; error: PlanError };

/** The checks every plan figure shares, so each function reports the same error for the same input. */
export function checkPlanInputs(actual: number, target: number): PlanError | null {
  if (!Number.isFinite(actual) || !Number.isFinite(target)) return "not-a-number";
  if (actual < 0 || target < 0) return "negative";
  if (target === 0) return "no-target";
  return null;
}

export function planResult<T>(actual: number, target: number, compute: () => T): PlanResult<T> {
  const error = checkPlanInputs(actual, target);
  return error ? { ok: false, error } : { ok: true, value: compute() };
}

export function mapPlanResult<T, U>(result: PlanResult<T>, f: (value: T) => U): PlanResult<U> {
  return result.ok ? { ok: true, value: f(result.value) } : result;
}
