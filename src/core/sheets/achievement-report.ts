import { PLAN_TONE } from "../colours";
import type { Progress } from "../consolidate/progress";
import type { CategoryResult, PlanningPool, RotationLine } from "../consolidate/types";
import type { Language } from "../i18n/language";
import type { PlanStatus } from "../plan/result";
import { planStatusLabel } from "../plan/status";
import { cellText, formulaCell, numberCell, PERCENT_FORMAT, quoted, textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { SHEET_NAMES } from "./names";
import { headerCells, NOTE, TITLE } from "./styles";
import { formatDateTime } from "../i18n/format";
import { planningBlock } from "./planning-block";
import { progressBlock } from "./progress-block";
import type { ChartDescription, ConditionalRule, SheetCell, SheetDescription, SheetRow } from "./types";

const HEADER_ROW = 4;
const WIDTHS = [52, 10, 10, 14, 20, 11, 20];
/** The chart's own two columns, I and J, beside the table. */
const CHART_COLUMN = 9;
const CHART_ROWS = 18;

export interface AchievementInput {
  achievement: readonly CategoryResult[];
  rotation: RotationLine | null;
  /** Files and distinct people the figures come from, for the line under the title. */
  files: number;
  people: number;
  madeAt: Date;
  /** Where the targets came from (a file), named on the same line when given. */
  targetsFrom?: string;
  /** The categories year by year, shown under the table with a line chart (src/core/consolidate/progress.ts). */
  progress?: Progress;
  /** The planning lists' structure, shown last (src/core/consolidate/planning-pool.ts). */
  planning?: readonly PlanningPool[];
}

/**
 * Share of plan, status and still needed as native formulas over sent (B) and target (C), which Excel keeps
 * live and which read the same without the add-in, each with the result the core computes for it. A blank
 * or zero target leaves the three blank.
 */
function figureCells(row: number, sent: number, target: number | null, lang: Language): (SheetCell | null)[] {
  const [b, c] = [`B${row}`, `C${row}`];
  const has = target !== null && target > 0;
  const label = (s: PlanStatus) => quoted(planStatusLabel(s, lang));
  const status: PlanStatus = sent > (target ?? 0) ? "exceeded" : sent === target ? "met" : "not-met";
  return [
    numberCell(sent),
    target === null ? null : numberCell(target),
    formulaCell(`=IF(${c}>0,${b}/${c},"")`, has ? sent / target : "", PERCENT_FORMAT),
    formulaCell(
      `=IF(${c}>0,IF(${b}>${c},${label("exceeded")},IF(${b}=${c},${label("met")},${label("not-met")})),"")`,
      has ? planStatusLabel(status, lang) : "",
    ),
    formulaCell(`=IF(${c}>0,MAX(${c}-${b},0),"")`, has ? Math.max(target - sent, 0) : ""),
  ];
}

/** `row` with `cells` put from the chart's column on, the gap filled with empty cells. */
function beside(row: SheetRow, cells: readonly (SheetCell | null)[]): SheetRow {
  return [...row, ...Array<null>(Math.max(CHART_COLUMN - 1 - row.length, 0)).fill(null), ...cells];
}

/**
 * Nobody sent (the whole row), then shares at or above the plan and below it, over the share column down to
 * `sharesEnd` (the rotation line included). Listed first on top: a category nobody was sent for shows as such.
 */
function colourRules(first: number, last: number, sharesEnd: number): ConditionalRule[] {
  const shares = { top: first, left: 4, bottom: sharesEnd, right: 4 };
  return [
    { area: { top: first, left: 1, bottom: last, right: 7 }, formula: `=$B${first}=0`, tone: PLAN_TONE["none-sent"] },
    { area: shares, formula: `=AND(ISNUMBER($D${first}),$D${first}<1)`, tone: PLAN_TONE["not-met"] },
    { area: shares, formula: `=AND(ISNUMBER($D${first}),$D${first}>=1)`, tone: PLAN_TONE.met },
  ];
}

/**
 * "Báo cáo kết quả": one row per category (sent, target, share of plan, status, still needed, a note on
 * categories nobody was sent for), the rotation line, the categories nobody was sent for and how to read the
 * table; coloured by conditional formats, with a column chart of the shares (drawn by Excel only). Values and
 * native Excel formulas only: no CADRE.* function, so the sheet reads the same where the add-in is not installed.
 */
export function achievementReportSheet(input: AchievementInput, lang: Language): SheetDescription {
  const texts = SHEET_TEXTS[lang].achievement;
  const categories = input.achievement;
  const first = HEADER_ROW + 1;
  const last = first + categories.length - 1;
  const rows: SheetRow[] = [
    [textCell(texts.title, TITLE)],
    [
      textCell(
        [
          texts.madeAt(formatDateTime(input.madeAt, lang)),
          texts.source(input.files, input.people),
          ...(input.targetsFrom ? [texts.targetsFrom(input.targetsFrom)] : []),
        ].join(" · "),
        NOTE,
      ),
    ],
    [],
    headerCells(texts.headers),
    ...categories.map((c, i) => [
      textCell(c.label, { wrap: true, vertical: "top" }),
      ...figureCells(first + i, c.sent, c.target, lang),
      c.zeroSent ? textCell(texts.noneSent) : null,
    ]),
    [],
  ];
  const { rotation } = input;
  if (rotation) {
    rows.push([
      textCell(texts.rotation(rotation.label)),
      ...figureCells(rows.length + 1, rotation.rotated, rotation.quota, lang),
    ]);
  }
  const sharesEnd = Math.max(rows.length, last);
  const zero = categories.filter((c) => c.zeroSent).map((c) => c.label);
  if (zero.length) rows.push([textCell(texts.zeroSent), textCell(zero.join("; "))]);
  rows.push([], [textCell(texts.howToRead("C"), NOTE)]);
  const noteRow = rows.length;

  // The chart's data: the categories with a target, as formulas over the table so that it follows any edit.
  const charted = categories.flatMap((c, i) =>
    c.target !== null && c.target > 0 ? [{ c, target: c.target, row: first + i }] : [],
  );
  charted.forEach(({ c, target, row }, i) => {
    rows[HEADER_ROW + i] = beside(rows[HEADER_ROW + i], [
      formulaCell(`=A${row}`, cellText(c.label)),
      formulaCell(`=D${row}`, c.sent / target, PERCENT_FORMAT),
    ]);
  });
  if (charted.length) rows[HEADER_ROW - 1] = beside(rows[HEADER_ROW - 1], headerCells(texts.chartHeaders));

  const charts: ChartDescription[] = [];
  if (charted.length) {
    charts.push({
      kind: "column",
      seriesBy: "columns",
      title: texts.chartTitle,
      source: { top: HEADER_ROW, left: CHART_COLUMN, bottom: HEADER_ROW + charted.length, right: CHART_COLUMN + 1 },
      position: { top: noteRow + 2, left: 1, bottom: noteRow + 2 + CHART_ROWS, right: 7 },
    });
  }
  if (input.progress) {
    // Under the chart, or under the table's note when there is none.
    const top = charted.length ? noteRow + CHART_ROWS + 4 : noteRow + 2;
    const block = progressBlock(input.progress, top, lang);
    if (block.rows.length) rows.push(...Array<SheetRow>(top - 1 - rows.length).fill([]), ...block.rows);
    if (block.chart) charts.push(block.chart);
  }
  if (input.planning?.length) {
    // Last, clear of the rows and the charts above it.
    const top = Math.max(rows.length, ...charts.map((chart) => chart.position.bottom)) + 2;
    rows.push(...Array<SheetRow>(top - 1 - rows.length).fill([]), ...planningBlock(input.planning, top, lang));
  }

  return {
    name: SHEET_NAMES.achievement,
    rows,
    widths: WIDTHS,
    frozenRows: HEADER_ROW,
    conditionalFormats: categories.length ? colourRules(first, last, sharesEnd) : [],
    ...(charts.length ? { charts } : {}),
  };
}
