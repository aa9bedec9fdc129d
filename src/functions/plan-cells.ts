import {
  countRotationMarks,
  mapPlanResult,
  type PlanError,
  type PlanResult,
  planStatus,
  planStatusLabel,
} from "../core/plan";
import type { Language } from "../core/i18n";
import { type Cell, CellError } from "./cell-error";
import { type Matrix } from "./broadcast";
import { readCount } from "./read-cell";

const PLAN_ERRORS: Readonly<Record<PlanError, CellError>> = {
  "no-target": CellError.divByZero,
  negative: CellError.badNumber,
  // Counts are read before they reach the core, so this only guards against non-finite numbers.
  "not-a-number": CellError.badNumber,
};

/** One plan figure from an actual cell and a target cell. */
export function planCell<T>(
  actual: unknown,
  target: unknown,
  compute: (actual: number, target: number) => PlanResult<T>,
): Cell<T> {
  const a = readCount(actual);
  if (a instanceof CellError) return a;
  const t = readCount(target);
  if (t instanceof CellError) return t;
  const result = compute(a, t);
  return result.ok ? result.value : PLAN_ERRORS[result.error];
}

/** The status worded in `lang`. */
export function statusCell(actual: unknown, target: unknown, lang: Language): Cell<string> {
  return planCell(actual, target, (a, t) => mapPlanResult(planStatus(a, t), (status) => planStatusLabel(status, lang)));
}

/** A single number (or blank) is a count; any other argument is a range of roster marks. */
export function rotatedCount(rotated: Matrix): number | CellError {
  const only = rotated.length === 1 && rotated[0].length === 1 ? rotated[0][0] : undefined;
  if (typeof only === "number" || only === null || only === "") return readCount(only);
  return countRotationMarks(rotated);
}
