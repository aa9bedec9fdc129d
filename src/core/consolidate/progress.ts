import { compareYmd, type YMD } from "../dates";
import { planForecast } from "../plan";
import type { Term } from "../targets/term";
import { identity } from "./identity";
import type { Consolidation } from "./types";

/** A category over the years of the term. */
export interface CategoryProgress {
  label: string;
  target: number | null;
  /** People first sent in each year of `Progress.years`. */
  perYear: number[];
  /** People counted in the category with no date of sending on their rows: in no year. */
  undated: number;
  /** The share of target reached by the end of each year, as a whole percentage; null without a target. */
  cumulativePercent: (number | null)[];
  /** The share of target expected at the end of the term at the pace so far (3 for 300%); null without a term or target. */
  forecast: number | null;
  forecastPercent: number | null;
  /** The forecast falls short of the target. */
  missesTarget: boolean;
}

export interface Progress {
  term: Term | null;
  /** The years shown: the term's, and any other year someone was sent in. */
  years: number[];
  /** The latest date anyone was sent: the pace is measured from the term's start to it. */
  latest: YMD | null;
  categories: CategoryProgress[];
}

const percent = (count: number, target: number | null) =>
  target === null || target === 0 ? null : Math.round((count * 100) / target);

/**
 * Each category year by year: the people first sent in each year (a person counts in the year of their
 * earliest dated row in the category), the cumulative share of target at each year's end, and the forecast
 * for the end of the term: the people sent so far, carried on in a straight line from the term's start to
 * the latest date anyone was sent, against the target (docs/summary-format.md).
 */
export function progressOf(result: Pick<Consolidation, "rows" | "achievement">, term: Term | null): Progress {
  const firstSent = result.achievement.map(() => new Map<string, YMD | null>());
  let latest: YMD | null = null;
  for (const [i, row] of result.rows.entries()) {
    if (row.sent && (latest === null || compareYmd(row.sent, latest) > 0)) latest = row.sent;
    const who = identity(row) ?? `#${i}`;
    for (const c of row.categories) {
      const known = firstSent[c].get(who);
      if (known === undefined || (row.sent && (!known || compareYmd(row.sent, known) < 0)))
        firstSent[c].set(who, row.sent);
    }
  }
  let [first, last] = term ? [term.start.y, term.end.y] : [Infinity, -Infinity];
  for (const people of firstSent) {
    for (const date of people.values()) {
      if (date && date.y < first) first = date.y;
      if (date && date.y > last) last = date.y;
    }
  }
  const years = first <= last ? range(first, last) : [];
  const categories = result.achievement.map((category, c) => {
    const perYear = years.map(() => 0);
    let undated = 0;
    for (const date of firstSent[c].values()) {
      if (date) perYear[years.indexOf(date.y)]++;
      else undated++;
    }
    let running = 0;
    const cumulativePercent = perYear.map((n) => percent((running += n), category.target));
    const made =
      term && latest && category.target
        ? planForecast(category.sent, category.target, term.start, term.end, latest)
        : null;
    const forecast = made?.ok ? made.value : null;
    return {
      label: category.label,
      target: category.target,
      perYear,
      undated,
      cumulativePercent,
      forecast,
      forecastPercent: forecast === null ? null : Math.round(forecast * 100),
      missesTarget: forecast !== null && forecast < 1,
    };
  });
  return { term, years, latest, categories };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
