import { isYearNumber, type YMD } from "../core/dates";
import { planForecast } from "../core/plan";
import { type Cell, CellError } from "./cell-error";
import { errorText } from "./error-text";
import { readCount, readDate } from "./read-cell";

/** A term's end given as a year alone ("2030") is that year's last day, not its first. */
function readTermEnd(value: unknown): YMD | null | CellError {
  const year = typeof value === "string" && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value;
  if (typeof year === "number" && isYearNumber(year)) return { y: year, m: 12, d: 31 };
  return readDate(value);
}

/** The projected share of target at the term's end, from one cell of each argument; `today` stands in for a blank as-of date. */
export function forecastCell(
  actual: unknown,
  target: unknown,
  start: unknown,
  end: unknown,
  asOf: unknown,
  today: YMD,
): Cell<number> {
  const a = readCount(actual);
  if (a instanceof CellError) return a;
  const t = readCount(target);
  if (t instanceof CellError) return t;
  const from = readDate(start);
  if (from === null) return CellError.value(errorText("missingStart"));
  if (from instanceof CellError) return from;
  const to = readTermEnd(end);
  if (to === null) return CellError.value(errorText("missingEnd"));
  if (to instanceof CellError) return to;
  const at = readDate(asOf) ?? today;
  if (at instanceof CellError) return at;
  const result = planForecast(a, t, from, to, at);
  if (result.ok) return result.value;
  return result.error === "no-target" ? CellError.divByZero : CellError.badNumber;
}
