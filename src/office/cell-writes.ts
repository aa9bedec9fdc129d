import { type CellRun, columnRuns, runAddress, splitRun } from "./cell-runs";
import { jsonBytes, rangeWriteBytes, REQUEST_BUDGET_BYTES } from "./request-size";

type Written = string | number | boolean;

/** One cell to write: what goes into `values` (or `formulas`), and the number format and font to set, if any. */
export interface CellWriteOut {
  row: number;
  col: number;
  value: Written;
  /** Written through `Range.formulas`: a formula the add-in put back itself. */
  formula?: boolean;
  numberFormat?: string;
  font?: string;
}

/** A run of cells written as one range. */
export interface RunWrite {
  address: string;
  numberFormat?: string[][];
  values?: Written[][];
  formulas?: Written[][];
  font?: string;
}

/** Cells of a run are written alike: all values or all formulas, all with a number format or none, one font. */
const kindOf = (cell: CellWriteOut) =>
  `${cell.formula ? "f" : "v"}${cell.numberFormat === undefined ? "" : "n"}|${cell.font ?? ""}`;

function runWrite(run: CellRun<CellWriteOut>): RunWrite {
  const first = run.items[0];
  const write: RunWrite = { address: runAddress(run) };
  if (first.numberFormat !== undefined) write.numberFormat = run.items.map((cell) => [cell.numberFormat ?? "General"]);
  const column = run.items.map((cell) => [cell.value]);
  if (first.formula) write.formulas = column;
  else write.values = column;
  if (first.font !== undefined) write.font = first.font;
  return write;
}

/** The request bytes of one write (request-size.ts). */
export function runWriteBytes(write: RunWrite): number {
  const { address, font, ...properties } = write;
  return rangeWriteBytes({ address, properties, ...(font === undefined ? {} : { font: { name: font } }) });
}

/** A cell's share of a write: its value and number format as JSON, and their array punctuation. */
const cellBytes = (cell: CellWriteOut) =>
  jsonBytes(cell.value) + (cell.numberFormat === undefined ? 0 : jsonBytes(cell.numberFormat) + 4) + 4;

/**
 * The cells as writes of whole runs down a column: 20,000 names down one column make one range, scattered
 * cells a range each, and a run too heavy for half a request is cut. `writeWithSettings` sends them in
 * batches within the request budget.
 */
export function plannedWrites(cells: readonly CellWriteOut[]): RunWrite[] {
  return columnRuns(cells, (cell) => cell, kindOf)
    .flatMap((run) => splitRun(run, cellBytes, REQUEST_BUDGET_BYTES / 2))
    .map(runWrite);
}

/**
 * Queues one batch of writes on `worksheet` (no sync): the number format first, so that a text format
 * ("@") is in place when the text arrives, then the font, then the values or formulas.
 */
export function queueWrites(worksheet: Excel.Worksheet, writes: readonly RunWrite[]): void {
  for (const write of writes) {
    const range = worksheet.getRange(write.address);
    if (write.numberFormat) range.numberFormat = write.numberFormat;
    if (write.font !== undefined) range.format.font.name = write.font;
    if (write.values) range.values = write.values;
    if (write.formulas) range.formulas = write.formulas;
  }
}
