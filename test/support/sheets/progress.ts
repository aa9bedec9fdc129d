import type { Progress } from "../../../src/core/consolidate/progress";
import { planForecast } from "../../../src/core/plan";

/** Two categories over 2016–2020: rotation (target 40) sent 9, 3, 8, 4 by 01/07/2019; one without a target. */
const TERM = { start: { y: 2016, m: 1, d: 1 }, end: { y: 2020, m: 12, d: 31 } };
const LATEST = { y: 2019, m: 7, d: 1 };
const made = planForecast(24, 40, TERM.start, TERM.end, LATEST);
/** Rotation's share of target forecast for the end of the term: 24 sent by 01/07/2019, at that pace. */
export const FORECAST = made.ok ? made.value : null;
export const PROGRESS: Progress = {
  term: TERM,
  years: [2016, 2017, 2018, 2019, 2020],
  latest: LATEST,
  categories: [
    {
      label: "Luân chuyển",
      target: 40,
      perYear: [9, 3, 8, 4, 0],
      undated: 0,
      cumulativePercent: [23, 30, 50, 60, 60],
      forecast: FORECAST,
      forecastPercent: 86,
      missesTarget: true,
    },
    {
      label: "Kỹ năng lãnh đạo",
      target: null,
      perYear: [0, 0, 0, 241, 0],
      undated: 2,
      cumulativePercent: [null, null, null, null, null],
      forecast: null,
      forecastPercent: null,
      missesTarget: false,
    },
  ],
};
