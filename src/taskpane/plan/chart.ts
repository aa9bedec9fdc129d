import { TONES, type Tone } from "../../core/colours";
import type { CategoryResult } from "../../core/consolidate/types";
import { formatNumber, type Language } from "../../core/i18n";
import { h } from "../shell/dom";
import { achievementChart, type ChartRow } from "./chart-rows";
import type { PlanTexts } from "./i18n";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 100;
const HEIGHT = 12;
/** Distance between the hatch strokes of a bar behind plan, in the picture's units. */
const HATCH_STEP = 4;

/** An SVG element with its attributes: geometry, colours and classes only, never a style or anything that loads. */
function svg(tag: string, attrs: Readonly<Record<string, string | number>>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** Diagonal strokes over a bar behind plan, so its status shows without colour (grey print, high contrast). */
function hatch(width: number, tone: Tone): SVGElement {
  let d = "";
  for (let x = 0; x + HATCH_STEP / 2 <= width; x += HATCH_STEP) d += `M${x} ${HEIGHT - 1}L${x + HATCH_STEP / 2} 1`;
  return svg("path", { d, stroke: TONES[tone].fill, class: "plan-bar-hatch" });
}

/** The bar of one category: its share against the scale, the 100% line across it; a picture only. */
function bar(row: NonNullable<ChartRow["bar"]>, plan: number): SVGElement {
  const picture = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    preserveAspectRatio: "none",
    class: "plan-bar",
    "aria-hidden": "true",
    focusable: "false",
  });
  const width = row.length * WIDTH;
  picture.append(
    // A bar of nobody sent has no length: its track takes the amber the report sheet gives its row.
    svg("rect", {
      x: 0,
      y: 0,
      width: WIDTH,
      height: HEIGHT,
      ...(row.tone === "caution" ? { fill: TONES.caution.fill } : {}),
      class: "plan-bar-track",
    }),
    svg("rect", {
      x: 0,
      y: 1,
      width,
      height: HEIGHT - 2,
      fill: TONES[row.tone].text,
      class: `plan-bar-fill plan-bar-${row.tone} plan-bar-${row.status}`,
    }),
  );
  if (row.status === "not-met") picture.append(hatch(width, row.tone));
  picture.append(svg("line", { x1: plan * WIDTH, x2: plan * WIDTH, y1: 0, y2: HEIGHT, class: "plan-bar-target" }));
  return picture;
}

/**
 * The consolidation's result at a glance: a bar per category for its share of target, the 100% line, the
 * status colours of the report sheet (bars behind plan hatched too), and the figures and status in words
 * beside each bar, so the picture says nothing the text does not.
 */
export function renderAchievementChart(
  container: HTMLElement,
  achievement: readonly CategoryResult[],
  texts: PlanTexts,
  lang: Language,
): void {
  const chart = achievementChart(achievement, texts, lang);
  const items = chart.rows.map((row) =>
    h(
      "li",
      { class: row.bar ? `plan-chart-item plan-chart-${row.bar.status}` : "plan-chart-item plan-chart-no-target" },
      h("span", { class: "plan-chart-label" }, row.label),
      // Read aloud between the name and the figures, which sit on lines of their own.
      h("span", { class: "visually-hidden" }, ": "),
      row.bar ? bar(row.bar, chart.plan) : null,
      h("span", { class: "plan-chart-figures" }, row.words),
    ),
  );
  container.replaceChildren(
    h("h3", { class: "field-label", attrs: { id: "plan-chart-title" } }, texts.chartTitle),
    h("p", { class: "hint" }, texts.chartScale(formatNumber(chart.scale, lang))),
    h("ul", { class: "plan-chart-list", attrs: { "aria-labelledby": "plan-chart-title" } }, ...items),
  );
  container.hidden = false;
}
