import { PLAN_TONE, TONES } from "../../core/colours";
import type { CategoryResult } from "../../core/consolidate/types";
import { formatNumber, type Language } from "../../core/i18n";
import { planStatusLabel } from "../../core/plan/status";
import { h } from "../shell/dom";
import type { PlanTexts } from "./i18n";

const SVG = "http://www.w3.org/2000/svg";
/** Shares past this end of the scale are drawn to the end, with their figure in words. */
const SCALE_CAP = 300;
const WIDTH = 100;
const HEIGHT = 12;

/** An SVG element with its attributes: geometry only, never a style or anything that loads. */
function svg(tag: string, attrs: Readonly<Record<string, string | number>>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** The bar of one category: its share against the scale, the 100% line across it; a picture only. */
function bar(percent: number, scale: number, tone: keyof typeof TONES): SVGElement {
  const picture = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    preserveAspectRatio: "none",
    class: "plan-bar",
    "aria-hidden": "true",
    focusable: "false",
  });
  const plan = (100 / scale) * WIDTH;
  picture.append(
    svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "plan-bar-track" }),
    svg("rect", {
      x: 0,
      y: 1,
      width: (Math.min(percent, scale) / scale) * WIDTH,
      height: HEIGHT - 2,
      fill: TONES[tone].text,
      class: `plan-bar-fill plan-bar-${tone}`,
    }),
    svg("line", { x1: plan, x2: plan, y1: 0, y2: HEIGHT, class: "plan-bar-target" }),
  );
  return picture;
}

/**
 * The consolidation's result at a glance: a bar per category for its share of target, the 100% line, the
 * status colours of the report sheet, and the figures and status in words beside each bar, so the picture
 * says nothing the text does not (and high-contrast mode, which drops colours, loses nothing).
 */
export function renderAchievementChart(
  container: HTMLElement,
  achievement: readonly CategoryResult[],
  texts: PlanTexts,
  lang: Language,
): void {
  const n = (v: number) => formatNumber(v, lang);
  const percents = achievement.flatMap((c) => (c.percent === null ? [] : [c.percent]));
  const scale = Math.min(Math.max(100, ...percents), SCALE_CAP);
  const items = achievement.map((c) => {
    const tone = c.zeroSent ? PLAN_TONE["none-sent"] : c.status ? PLAN_TONE[c.status] : null;
    const words =
      c.percent === null || c.target === null || c.status === null
        ? texts.chartNoTarget(n(c.sent))
        : texts.chartLine(n(c.sent), n(c.target), `${n(c.percent)}%`, planStatusLabel(c.status, lang));
    return h(
      "li",
      { class: "plan-chart-item" },
      h("span", { class: "plan-chart-label" }, c.label),
      c.percent !== null && tone ? bar(c.percent, scale, tone) : null,
      h("span", { class: "plan-chart-figures" }, words),
    );
  });
  container.replaceChildren(
    h("h3", { class: "field-label", attrs: { id: "plan-chart-title" } }, texts.chartTitle),
    h("p", { class: "hint" }, texts.chartScale(n(scale))),
    h("ul", { class: "plan-chart-list", attrs: { "aria-labelledby": "plan-chart-title" } }, ...items),
  );
  container.hidden = false;
}
