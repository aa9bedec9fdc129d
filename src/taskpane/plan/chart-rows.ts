import { PLAN_TONE, type Tone } from "../../core/colours";
import type { CategoryResult } from "../../core/consolidate/types";
import { formatNumber, type Language } from "../../core/i18n";
import type { PlanStatus } from "../../core/plan/result";
import { planStatusLabel } from "../../core/plan/status";
import type { PlanTexts } from "./i18n";

/** Shares past this end of the scale are drawn to the end, with their figure in words. */
const SCALE_CAP = 300;

/** One category of the chart, as the view draws it. */
export interface ChartRow {
  label: string;
  /** The category's figures and status in words: what the bar shows, for every reader. */
  words: string;
  /**
   * The bar, when the category has a target: its length as a share of the scale (0–1), its status, and its
   * tone: the status's, or the amber of a category nobody was sent for, as on the report sheet.
   */
  bar: { length: number; status: PlanStatus; tone: Tone } | null;
}

export interface ChartModel {
  /** The percentage the scale runs to: 100, or the largest share up to SCALE_CAP. */
  scale: number;
  /** Where the 100% line falls, as a share of the scale. */
  plan: number;
  rows: ChartRow[];
}

/** The consolidation's result per category as bars against the target, in the report sheet's tones and words. */
export function achievementChart(achievement: readonly CategoryResult[], texts: PlanTexts, lang: Language): ChartModel {
  const n = (v: number) => formatNumber(v, lang);
  const percents = achievement.flatMap((c) => (c.percent === null ? [] : [c.percent]));
  const scale = Math.min(Math.max(100, ...percents), SCALE_CAP);
  const rows = achievement.map((c): ChartRow => {
    if (c.percent === null || c.target === null || c.status === null)
      return { label: c.label, words: texts.chartNoTarget(n(c.sent)), bar: null };
    const line = texts.chartLine(n(c.sent), n(c.target), `${n(c.percent)}%`, planStatusLabel(c.status, lang));
    return {
      label: c.label,
      words: c.zeroSent ? texts.chartNoneSent(line) : line,
      bar: {
        length: Math.min(c.percent, scale) / scale,
        status: c.status,
        tone: c.zeroSent ? PLAN_TONE["none-sent"] : PLAN_TONE[c.status],
      },
    };
  });
  return { scale, plan: 100 / scale, rows };
}
