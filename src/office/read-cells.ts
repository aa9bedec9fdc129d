import { a1 } from "../core/grid";
import type { CellValue } from "../core/grid/types";
import { RESPONSE_BUDGET_BYTES } from "./block-plan";
import { type CellRun, columnRuns, runAddress, splitRun } from "./cell-runs";
import { toCellValue, toText } from "./cell-values";
import {
  byBudget,
  methodBytes,
  methodPathBytes,
  propertyPathBytes,
  queryBytes,
  REQUEST_BUDGET_BYTES,
  sheetBatchBytes,
} from "./request-size";

/** A cell to read, 1-based. */
export interface CellAt {
  row: number;
  col: number;
}

/** What a cell holds now. */
export interface CellNow {
  value: CellValue;
  numberFormat: string | null;
  /** Its font's name, read only where asked for (null elsewhere). */
  font: string | null;
  /**
   * Excel works it out: it holds a formula, or a value a formula's array result spilled into it. Writing a
   * value there would replace the formula, or leave the formula's cell showing #SPILL! and lose its other
   * results (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays).
   */
  computed: boolean;
}

export interface CellsReadOptions<T> {
  /**
   * ExcelApi 1.12: `hasSpill` and `getSpillParentOrNullObject`
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-hasspill-member). Without
   * it spilled cells cannot be told from typed ones, and only cells holding a formula are kept.
   */
  spills: boolean;
  /** ExcelApi 1.9 (`getCellProperties`): fonts of whole runs, else cell by cell. */
  cellProperties: boolean;
  /** Whether the item's font is needed. */
  needsFont(item: T): boolean;
  /** Roughly how many bytes the item's value takes as JSON, for the response estimate. */
  valueBytes(item: T): number;
  /** Queues other reads to ride with the first sync. */
  alongFirst?(): void;
}

const SELECT = ["values", "valueTypes", "numberFormat", "formulas"];
const FONT_PROPS = { format: { font: { name: true } } };
/** A cell's type, number format and the JSON punctuation around them in a response; its font. */
const CELL_RESPONSE_BYTES = 60;
const FONT_RESPONSE_BYTES = 60;

interface QueuedRun<T> {
  run: CellRun<T>;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  fonts: Map<T, Excel.RangeFont>;
}

/** A formula shows something other than its own text; a constant's `formulas` is the constant itself. */
const isFormula = (formula: unknown, value: unknown) =>
  typeof formula === "string" && formula.startsWith("=") && formula !== value;

/**
 * The cells' values, number formats, fonts (where asked) and whether Excel computes them, read in runs down
 * a column: one range per run, the runs of one sync within the request and response budgets. One sync per
 * budget's worth of runs (20,000 cells down one column take one), and, where some runs hold spilled cells,
 * one more per budget's worth of those runs' cells.
 */
export async function readCells<T extends CellAt>(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheet: string,
  items: readonly T[],
  options: CellsReadOptions<T>,
): Promise<Map<T, CellNow>> {
  const select = options.spills ? [...SELECT, "hasSpill"] : SELECT;
  const fontByCell = !options.cellProperties;
  const responseOf = (item: T) =>
    2 * options.valueBytes(item) + CELL_RESPONSE_BYTES + (options.needsFont(item) ? FONT_RESPONSE_BYTES : 0);
  const runs = columnRuns(items, (item) => item).flatMap((run) => splitRun(run, responseOf, RESPONSE_BUDGET_BYTES / 2));
  const cellFontBytes =
    methodPathBytes("getRange", ["XFD1048576"]) +
    propertyPathBytes("Format") +
    propertyPathBytes("Font") +
    queryBytes(["name"]);
  const weight = (run: CellRun<T>) => {
    const fonts = run.items.filter(options.needsFont).length;
    const request =
      methodPathBytes("getRange", [runAddress(run)]) +
      queryBytes(select) +
      (fonts > 0 ? (fontByCell ? fonts * cellFontBytes : methodBytes("getCellProperties", [FONT_PROPS])) : 0);
    const response = run.items.reduce((n, item) => n + responseOf(item), 0);
    return Math.max(request / REQUEST_BUDGET_BYTES, response / RESPONSE_BUDGET_BYTES);
  };

  const found = new Map<T, CellNow>();
  const mixed: T[] = [];
  let first = true;
  for (const group of byBudget(runs, weight, sheetBatchBytes(sheet) / REQUEST_BUDGET_BYTES, 1)) {
    const queued = group.map((run): QueuedRun<T> => {
      const range = worksheet.getRange(runAddress(run)).load(select);
      const needFonts = run.items.filter(options.needsFont);
      const props = needFonts.length > 0 && !fontByCell ? range.getCellProperties(FONT_PROPS) : null;
      const fonts = new Map(
        fontByCell
          ? needFonts.map((item) => [item, worksheet.getRange(a1(item.row, item.col)).format.font.load("name")])
          : [],
      );
      return { run, range, props, fonts };
    });
    if (first) options.alongFirst?.();
    first = false;
    await context.sync();
    for (const { run, range, props, fonts } of queued) {
      const spill = options.spills ? range.hasSpill : false;
      run.items.forEach((item, i) => {
        const font = props ? toText(props.value[i]?.[0]?.format?.font?.name) : toText(fonts.get(item)?.name ?? null);
        found.set(item, {
          value: toCellValue(range.values[i][0], range.valueTypes[i][0]),
          numberFormat: toText(range.numberFormat[i][0]),
          font: options.needsFont(item) ? font : null,
          computed: isFormula(range.formulas[i][0], range.values[i][0]) || spill === true,
        });
      });
      if (spill === null) mixed.push(...run.items.filter((item) => !found.get(item)?.computed));
    }
  }
  await markSpilled(context, worksheet, sheet, mixed, found);
  return found;
}

/** Cells of runs that are partly in a spill: each asked for its spill's anchor, a budget's worth per sync. */
async function markSpilled<T extends CellAt>(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheet: string,
  cells: readonly T[],
  found: Map<T, CellNow>,
): Promise<void> {
  const bytes = (cell: T) =>
    methodPathBytes("getRange", [a1(cell.row, cell.col)]) +
    methodPathBytes("getSpillParentOrNullObject", []) +
    queryBytes(["address"]);
  for (const group of byBudget(cells, bytes, sheetBatchBytes(sheet))) {
    const parents = group.map((cell) => ({
      cell,
      parent: worksheet.getRange(a1(cell.row, cell.col)).getSpillParentOrNullObject().load("address"),
    }));
    await context.sync();
    for (const { cell, parent } of parents) {
      const now = found.get(cell);
      if (now && !parent.isNullObject) now.computed = true;
    }
  }
}
