import { TONES } from "../core/colours";
import {
  type CellStyle,
  type ChartDescription,
  hyperlinkFormula,
  linkReference,
  type SheetArea,
  type SheetCell,
  type SheetDescription,
} from "../core/sheets";
import { columnPoints } from "./column-width";
import type { SheetFeatures } from "./sheet-features";
import { styleAreas } from "./style-areas";

type Value = string | number | boolean;

/**
 * One thing to queue on the worksheet, as data: the writer sizes its requests by estimating these
 * (command-bytes.ts) before it queues them (queue-commands.ts). Areas are 1-based.
 */
export type WriteCommand =
  | { kind: "numberFormat"; area: SheetArea; formats: (string | null)[][] }
  | { kind: "values"; area: SheetArea; values: (Value | null)[][] }
  | { kind: "formulas"; area: SheetArea; formulas: (string | null)[][] }
  | { kind: "hyperlink"; area: SheetArea; documentReference: string; textToDisplay: string }
  | { kind: "style"; area: SheetArea; style: CellStyle }
  | { kind: "autofitRows"; area: SheetArea }
  | { kind: "columnWidth"; area: SheetArea; points: number }
  | { kind: "rowHeight"; area: SheetArea; points: number }
  | { kind: "merge"; area: SheetArea }
  | { kind: "freezeRows"; rows: number }
  | { kind: "autoFilter"; area: SheetArea }
  | { kind: "conditionalFormat"; area: SheetArea; formula: string; fill: string; fontColor: string }
  | { kind: "chart"; chart: ChartDescription };

/** A link this Excel cannot make natively is a HYPERLINK formula, which needs a general format to stay a formula. */
const asFormula = (cell: SheetCell, features: SheetFeatures) => cell.link !== undefined && !features.hyperlinks;

function formatOf(cell: SheetCell | null, features: SheetFeatures): string | null {
  if (cell === null) return null;
  if (asFormula(cell, features)) return "General";
  return cell.text ? "@" : (cell.numberFormat ?? "General");
}

function valueOf(cell: SheetCell | null, features: SheetFeatures): Value | null {
  if (cell === null || cell.formula !== undefined || asFormula(cell, features)) return null;
  return cell.value;
}

function formulaOf(cell: SheetCell | null, features: SheetFeatures): string | null {
  if (cell === null) return null;
  if (cell.link && asFormula(cell, features)) return hyperlinkFormula(cell.link, String(cell.value ?? ""));
  return cell.formula ?? null;
}

/**
 * Rows `top`..`bottom` as whole-block arrays (number formats first, so that text cells are text before their
 * values arrive, then values, then the formulas the add-in built itself), one link per linked cell and one
 * command per styled area. A null in the arrays leaves its cell as it is, the sheet being new: empty
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values, "null input in 2-D Array").
 */
export function rowCommands(
  description: SheetDescription,
  top: number,
  bottom: number,
  features: SheetFeatures,
): WriteCommand[] {
  const rows = description.rows.slice(top - 1, bottom);
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0) return [];
  const area = { top, left: 1, bottom, right: width };
  const grid = <V>(read: (cell: SheetCell | null) => V) =>
    rows.map((row) => Array.from({ length: width }, (_, c) => read(row[c] ?? null)));
  const formulas = grid((cell) => formulaOf(cell, features));
  const commands: WriteCommand[] = [
    { kind: "numberFormat", area, formats: grid((cell) => formatOf(cell, features)) },
    { kind: "values", area, values: grid((cell) => valueOf(cell, features)) },
  ];
  if (formulas.some((row) => row.some((f) => f !== null))) commands.push({ kind: "formulas", area, formulas });
  if (features.hyperlinks)
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.link) {
          const at = { top: top + r, left: c + 1, bottom: top + r, right: c + 1 };
          const link = { documentReference: linkReference(cell.link), textToDisplay: String(cell.value ?? "") };
          commands.push({ kind: "hyperlink", area: at, ...link });
        }
      }),
    );
  for (const styled of styleAreas(description.rows, top, bottom)) commands.push({ kind: "style", ...styled });
  return commands;
}

/** Widths, heights and merged areas, queued with the first rows. */
export function layoutCommands(description: SheetDescription): WriteCommand[] {
  const commands: WriteCommand[] = [];
  description.widths?.forEach((width, i) => {
    if (width !== null)
      commands.push({
        kind: "columnWidth",
        area: { top: 1, left: i + 1, bottom: 1, right: i + 1 },
        points: columnPoints(width),
      });
  });
  for (const [row, points] of Object.entries(description.heights ?? {}))
    commands.push({ kind: "rowHeight", area: { top: Number(row), left: 1, bottom: Number(row), right: 1 }, points });
  for (const area of description.merges ?? []) commands.push({ kind: "merge", area });
  return commands;
}

/**
 * What needs the cells in place, queued with the last rows: rows of wrapped text fitted to it (where no height
 * is set), the frozen rows, the filter, the conditional formats and the chart, each where this Excel has it.
 * Excel puts each new conditional format on top (ConditionalFormatCollection.add, "at the first/top priority"),
 * so they are added last first, for the first to end on top.
 */
export function finishingCommands(description: SheetDescription, features: SheetFeatures): WriteCommand[] {
  const commands: WriteCommand[] = [];
  const heights = description.heights ?? {};
  for (const { area, style } of styleAreas(description.rows, 1, description.rows.length)) {
    const fixed = Object.keys(heights).some((row) => Number(row) >= area.top && Number(row) <= area.bottom);
    if (style.wrap && !fixed) commands.push({ kind: "autofitRows", area });
  }
  if (features.freezePanes && description.frozenRows)
    commands.push({ kind: "freezeRows", rows: description.frozenRows });
  if (features.autoFilter && description.autoFilter)
    commands.push({ kind: "autoFilter", area: description.autoFilter });
  if (features.conditionalFormats)
    for (const rule of [...(description.conditionalFormats ?? [])].reverse())
      commands.push({
        kind: "conditionalFormat",
        area: rule.area,
        formula: rule.formula,
        fill: TONES[rule.tone].fill,
        fontColor: TONES[rule.tone].text,
      });
  if (features.charts) for (const chart of description.charts ?? []) commands.push({ kind: "chart", chart });
  return commands;
}
