import type { Progress } from "../consolidate/progress";
import { formatYmd, type YMD } from "../dates";
import { columnLetter } from "../grid/address";
import type { Language } from "../i18n/language";
import { cellText, formulaCell, numberCell, PERCENT_FORMAT, textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { headerCells, NOTE } from "./styles";
import type { ChartDescription, SheetRow } from "./types";

/** Rows the line chart takes under its data. */
const CHART_ROWS = 18;

/** Running totals: [1, 2, 3] → [1, 3, 6]. */
function cumulative(counts: readonly number[]): number[] {
  let running = 0;
  return counts.map((n) => (running += n));
}

const date = (d: YMD) => `DATE(${d.y},${d.m},${d.d})`;

/**
 * The forecast for the end of the term as a plain formula (the method of CADRE.PLAN_FORECAST): people sent
 * so far, carried on in a straight line from the term's start to the latest sending, against the target in B.
 */
function forecastFormula(row: number, sent: string, term: { start: YMD; end: YMD }, latest: YMD): string {
  const span = `(${date(term.end)}-${date(term.start)})/(${date(latest)}-${date(term.start)})`;
  return `=IF($B${row}>0,IF(${date(latest)}>=${date(term.end)},${sent},${sent}*${span})/$B${row},"")`;
}

/**
 * "Tiến độ theo năm", under the achievement table from row `top`: people first sent per year with the
 * forecast for the end of the term, then the cumulative share of target at each year's end as formulas over
 * those counts, drawn as a line per category (by Excel only). Nothing when no row says when anyone was sent.
 */
export function progressBlock(
  progress: Progress,
  top: number,
  lang: Language,
): { rows: SheetRow[]; chart: ChartDescription | null } {
  const texts = SHEET_TEXTS[lang].achievement.progress;
  const { years, term, latest } = progress;
  if (years.length === 0) return { rows: [], chart: null };
  const firstYear = 3;
  const undatedCol = columnLetter(firstYear + years.length);
  const sentCol = columnLetter(firstYear + years.length + 1);
  const countsTop = top + 2;
  const counted = progress.categories;
  const rows: SheetRow[] = [
    [textCell(texts.title(term && `${term.start.y} – ${term.end.y}`), { bold: true })],
    headerCells([texts.category, texts.target, ...years.map(String), texts.undated, texts.sent, texts.forecast]),
    ...counted.map((c, i) => {
      const row = countsTop + i;
      const forecast =
        term && latest && c.target
          ? formulaCell(forecastFormula(row, `${sentCol}${row}`, term, latest), c.forecast ?? "", PERCENT_FORMAT)
          : null;
      return [
        textCell(c.label, { wrap: true, vertical: "top" }),
        c.target === null ? null : numberCell(c.target),
        ...c.perYear.map((n) => numberCell(n)),
        numberCell(c.undated),
        formulaCell(
          `=SUM(C${row}:${undatedCol}${row})`,
          c.perYear.reduce((sum, n) => sum + n, c.undated),
        ),
        forecast,
      ];
    }),
    [],
  ];
  // The chart's data: the cumulative share at each year's end, one line per category with a target.
  const charted = counted.flatMap((c, i) => (c.target ? [{ c, row: countsTop + i }] : []));
  const sharesTop = top + rows.length;
  if (charted.length > 0) {
    rows.push(headerCells([texts.cumulative, ...years.map(String)]));
    for (const { c, row } of charted) {
      rows.push([
        formulaCell(`=A${row}`, cellText(c.label)),
        ...cumulative(c.perYear).map((sent, y) =>
          formulaCell(
            `=IF($B${row}>0,SUM($C${row}:${columnLetter(firstYear + y)}${row})/$B${row},"")`,
            sent / (c.target ?? 1),
            PERCENT_FORMAT,
          ),
        ),
      ]);
    }
    rows.push([]);
  }
  rows.push([textCell(texts.method(latest && formatYmd(latest)), NOTE)]);
  const chart: ChartDescription | null =
    charted.length > 0
      ? {
          kind: "line",
          seriesBy: "rows",
          title: texts.chartTitle,
          source: { top: sharesTop, left: 1, bottom: sharesTop + charted.length, right: 1 + years.length },
          position: { top: top + rows.length + 1, left: 1, bottom: top + rows.length + 1 + CHART_ROWS, right: 7 },
        }
      : null;
  return { rows, chart };
}
