import { ymdToSerial, type YMD } from "../dates";
import { checkPlanInputs, type PlanError } from "./result";

/** Why a forecast cannot be made: a plan error, or a term that ends before it starts or has not started at `asOf`. */
export type ForecastError = PlanError | "bad-term";

export type ForecastResult = { ok: true; value: number } | { ok: false; error: ForecastError };

/**
 * The share of the target expected at the end of the term if the pace so far holds: what was reached
 * from `start` to `asOf`, carried on in a straight line to `end`, divided by the target. Once the term
 * is over, the share reached. 12 sent in the first 2 of 5 years against a target of 40 gives
 * 12 × 5 ÷ 2 = 30 people, 75%: the target will be missed.
 */
export function planForecast(actual: number, target: number, start: YMD, end: YMD, asOf: YMD): ForecastResult {
  const error = checkPlanInputs(actual, target);
  if (error) return { ok: false, error };
  const [from, to, at] = [start, end, asOf].map(ymdToSerial);
  if (to <= from || at <= from) return { ok: false, error: "bad-term" };
  const projected = at >= to ? actual : (actual * (to - from)) / (at - from);
  return { ok: true, value: projected / target };
}
