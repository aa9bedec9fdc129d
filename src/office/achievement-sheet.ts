import type { CategoryResult, RotationLine } from "../core/consolidate/types";
import { planStatusLabel } from "../core/plan/status";
import type { Language } from "../core/report/types";
import { ACHIEVEMENT_LABELS } from "./achievement-labels";
import { boxAddress } from "./addresses";
import { formatCheckedAt } from "./report-rows";
import { type OutCell, writeCells } from "./write-cells";

/** The add-in's own sheet: replaced each time the report is made. No other sheet is ever written. */
export const ACHIEVEMENT_SHEET = "Báo cáo kết quả";

const HEADER_ROW = 4;
const PERCENT = "0%";
/** Fills of the add-in's conditional formats on this sheet: plan met, plan not met, nobody sent. */
export const ACHIEVEMENT_FILLS = { met: "#C6EFCE", behind: "#FFC7CE", noneSent: "#FFEB9C" } as const;

export interface AchievementInput {
  achievement: readonly CategoryResult[];
  rotation: RotationLine | null;
  /** Files and distinct people the figures come from, for the line under the title. */
  files: number;
  people: number;
}

export interface AchievementOptions {
  /** Conditional colours (ExcelApi 1.6). */
  conditionalFormats?: boolean;
  /** The chart of share of plan (ExcelApi 1.1; off where the host draws no charts). */
  chart?: boolean;
  at?: Date;
}

/** Formula texts quote the status labels: a double quote in a label is doubled. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * Sent, target and, from them, native formulas that Excel keeps live and that read the same without the
 * add-in: share of plan (percent), status and still needed. A blank target leaves the three blank.
 */
function figureCells(row: number, sent: number, target: number | null, lang: Language): OutCell[] {
  const [b, c] = [`B${row}`, `C${row}`];
  const status = (s: "exceeded" | "met" | "not-met") => quoted(planStatusLabel(s, lang));
  return [
    sent,
    target,
    { formula: `=IF(${c}>0,${b}/${c},"")`, numberFormat: PERCENT },
    {
      formula: `=IF(${c}>0,IF(${b}>${c},${status("exceeded")},IF(${b}=${c},${status("met")},${status("not-met")})),"")`,
    },
    { formula: `=IF(${c}>0,MAX(${c}-${b},0),"")` },
  ];
}

function addRule(sheet: Excel.Worksheet, address: string, formula: string, fill: string): void {
  const format = sheet.getRange(address).conditionalFormats.add("Custom");
  format.custom.rule.formula = formula;
  format.custom.format.fill.color = fill;
}

/**
 * (Re)creates "Báo cáo kết quả": one row per category (sent, target, share of plan, status, still
 * needed, a note on categories nobody was sent for), the rotation line and the categories with nobody
 * sent, coloured by the add-in's own conditional formats, and a chart of share of plan. Only values and
 * native Excel formulas: no CADRE.* function, so the sheet reads the same where the add-in is not
 * installed. Two syncs.
 */
export async function writeAchievementSheet(
  context: Excel.RequestContext,
  input: AchievementInput,
  lang: Language,
  options: AchievementOptions = {},
): Promise<{ sheet: string; categories: number }> {
  const labels = ACHIEVEMENT_LABELS[lang];
  const earlier = context.workbook.worksheets.getItemOrNullObject(ACHIEVEMENT_SHEET);
  await context.sync();
  if (!earlier.isNullObject) earlier.delete();
  const sheet = context.workbook.worksheets.add(ACHIEVEMENT_SHEET);

  const first = HEADER_ROW + 1;
  const categories = input.achievement;
  const last = first + categories.length - 1;
  writeCells(sheet, 1, 1, [
    [labels.title],
    [`${labels.madeAt}: ${formatCheckedAt(options.at ?? new Date())} · ${labels.source(input.files, input.people)}`],
  ]);
  writeCells(sheet, HEADER_ROW, 1, [[...labels.headers]]);
  writeCells(
    sheet,
    first,
    1,
    categories.map((c, i) => [
      c.label,
      ...figureCells(first + i, c.sent, c.target, lang),
      c.zeroSent ? labels.noneSent : null,
    ]),
  );

  let row = last + 2;
  const rotation = input.rotation;
  if (rotation) {
    writeCells(sheet, row, 1, [
      [labels.rotation(rotation.label), ...figureCells(row, rotation.rotated, rotation.quota, lang)],
    ]);
    row += 1;
  }
  const zero = categories.filter((c) => c.zeroSent).map((c) => c.label);
  if (zero.length) writeCells(sheet, row, 1, [[labels.zeroSent, zero.join("; ")]]);

  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange(`A${HEADER_ROW}:G${HEADER_ROW}`).format.font.bold = true;
  if (options.conditionalFormats && categories.length) {
    const shares = `D${first}:D${Math.max(row, last)}`;
    addRule(sheet, shares, `=AND(ISNUMBER($D${first}),$D${first}>=1)`, ACHIEVEMENT_FILLS.met);
    addRule(sheet, shares, `=AND(ISNUMBER($D${first}),$D${first}<1)`, ACHIEVEMENT_FILLS.behind);
    addRule(sheet, `A${first}:G${last}`, `=$B${first}=0`, ACHIEVEMENT_FILLS.noneSent);
  }
  const charted = categories
    .map((c, i) => ({ c, row: first + i }))
    .filter(({ c }) => c.target !== null && c.target > 0);
  if (options.chart && charted.length) {
    // The chart's own two columns (label, share), formulas over the table, so it follows any edit.
    const data: OutCell[][] = [
      [...labels.chartHeaders],
      ...charted.map((x) => [{ formula: `=A${x.row}` }, { formula: `=D${x.row}`, numberFormat: PERCENT }]),
    ];
    writeCells(sheet, HEADER_ROW, 9, data);
    const source = sheet.getRange(
      boxAddress({ top: HEADER_ROW, left: 9, bottom: HEADER_ROW + charted.length, right: 10 }),
    );
    const chart = sheet.charts.add("ColumnClustered", source, "Columns");
    chart.title.text = labels.chartTitle;
    chart.setPosition(`A${row + 2}`, `G${row + 20}`);
  }
  sheet.getRange(`A${HEADER_ROW}:G${Math.max(row, last)}`).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return { sheet: ACHIEVEMENT_SHEET, categories: categories.length };
}
