import { type Cell, type Fill, ValueType, type Worksheet } from "exceljs";
import { columnLetter } from "../../../src/core/grid/address";
import type { CellResult } from "../../../src/core/sheets";
import { columnPoints } from "../../../src/office/column-width";
import { readCell, type ReadSheet } from "./read-back";

const DAY_MS = 86_400_000;
const SERIAL_OF_1970 = 25569;

const colour = (argb: string | undefined) => (argb ? `#${argb.slice(2)}` : null);
const fillColour = (fill: Fill | undefined) =>
  fill?.type === "pattern" && fill.pattern === "solid" ? colour(fill.fgColor?.argb) : null;

/** exceljs reads a number in a date format as a Date (UTC midnight of the serial's day): back to the serial. */
function shown(value: unknown): CellResult {
  if (value instanceof Date) return value.getTime() / DAY_MS + SERIAL_OF_1970;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

function content(cell: Cell): { value: CellResult; formula: string | null } {
  if (cell.type === ValueType.Formula) return { value: shown(cell.result), formula: `=${cell.formula}` };
  return { value: shown(cell.value), formula: null };
}

/** Tests only: an exceljs worksheet (a file read back) as Excel would show it before any recalculation. */
export function readXlsxSheet(ws: Worksheet): ReadSheet {
  const cells: ReadSheet["cells"] = {};
  const heights: ReadSheet["heights"] = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined) heights[row.number] = row.height;
    row.eachCell((cell) => {
      // The other cells of a merged area read as the first one's; Excel shows them empty.
      if (cell.type === ValueType.Merge) return;
      cells[cell.address] = readCell({
        ...content(cell),
        numberFormat: cell.numFmt ?? "General",
        bold: cell.font?.bold === true,
        italic: cell.font?.italic === true,
        fill: fillColour(cell.fill),
        color: colour(cell.font?.color?.argb),
        wrap: cell.alignment?.wrapText === true,
        horizontal: cell.alignment?.horizontal ?? null,
        vertical: cell.alignment?.vertical ?? null,
      });
    });
  });
  const widths: ReadSheet["widths"] = {};
  ws.columns?.forEach((column, i) => {
    if (column.width !== undefined) widths[columnLetter(i + 1)] = columnPoints(column.width);
  });
  const view = ws.views?.[0];
  const filter = ws.autoFilter;
  // exceljs reads conditional formats back but does not declare the property.
  const formats = (ws as unknown as { conditionalFormattings?: { ref: string; rules: RuleRead[] }[] })
    .conditionalFormattings;
  return {
    name: ws.name,
    cells,
    merges: (ws.model.merges ?? []).map((m) => (m.includes(":") ? m : `${m}:${m}`)),
    frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
    widths,
    heights,
    autoFilter: typeof filter === "string" ? filter : null,
    rules: (formats ?? [])
      .flatMap((f) => f.rules.map((rule) => ({ ref: f.ref, rule })))
      .sort((a, b) => a.rule.priority - b.rule.priority)
      .map(({ ref, rule }) => ({
        area: ref,
        formula: `=${rule.formulae[0]}`,
        fill: colour(rule.style.fill?.bgColor?.argb),
        color: colour(rule.style.font?.color?.argb),
      })),
  };
}

interface RuleRead {
  priority: number;
  formulae: string[];
  style: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}
