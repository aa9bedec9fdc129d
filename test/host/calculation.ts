import { cellValue } from "./formula";
import type { FakeCell, FakeValue, Rect, SheetModel, WorkbookModel } from "./model";

/**
 * What the grid shows, formulas calculated and dynamic arrays spilled, as Excel does
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays):
 * a formula whose result is an array fills the cells below and to the right of its cell (the anchor);
 * only the anchor holds the formula. When any cell of that area holds something of its own, nothing spills
 * and the anchor shows #SPILL!. The fake knows the results of formulas it cannot calculate (the CADRE
 * functions) from `SheetModel.results`; in Manual calculation mode a formula shows the result cached in
 * its cell until `application.calculate` runs.
 */
export interface SheetView {
  /** The value shown at (row, col), 0-based. */
  value(row: number, col: number): FakeValue;
  /** The spill area a cell belongs to (the anchor's included), or null. */
  spillOf(row: number, col: number): Rect | null;
}

const SPILL_ERROR: FakeValue = { error: "#SPILL!" };

/** The array a formula cell holds now: its cached result in Manual mode, else what Excel would calculate. */
function result(sheet: SheetModel, cell: FakeCell, row: number, col: number, manual: boolean): FakeValue[][] {
  if (manual || cell.formula === undefined) return cell.spill ?? [[cell.value]];
  const known = sheet.results?.[cell.formula];
  return known ?? [[cellValue(sheet, row, col)]];
}

function holdsSomething(cell: FakeCell | undefined): boolean {
  return cell !== undefined && (cell.value !== null || cell.formula !== undefined);
}

function anchors(sheet: SheetModel): { row: number; col: number; cell: FakeCell }[] {
  const found: { row: number; col: number; cell: FakeCell }[] = [];
  sheet.cells.forEach((cells, row) =>
    cells?.forEach((cell, col) => {
      if (cell?.formula !== undefined) found.push({ row, col, cell });
    }),
  );
  return found;
}

/** Bumped by every command that may change a workbook: views are worked out again after it. */
let modelStamp = 0;
const views = new WeakMap<SheetModel, { stamp: number; view: SheetView }>();

export function modelChanged(): void {
  modelStamp += 1;
}

export function sheetView(workbook: WorkbookModel, sheet: SheetModel): SheetView {
  const cached = views.get(sheet);
  if (cached?.stamp === modelStamp) return cached.view;
  const view = buildView(workbook, sheet);
  views.set(sheet, { stamp: modelStamp, view });
  return view;
}

function buildView(workbook: WorkbookModel, sheet: SheetModel): SheetView {
  const manual = workbook.calculationMode === "Manual";
  const covered = new Map<string, { value: FakeValue; area: Rect }>();
  const blocked = new Set<string>();
  for (const { row, col, cell } of anchors(sheet)) {
    const values = result(sheet, cell, row, col, manual);
    const height = values.length;
    const width = Math.max(0, ...values.map((r) => r.length));
    if (height * width <= 1) continue;
    const area = { top: row, left: col, bottom: row + height - 1, right: col + width - 1 };
    let free = true;
    for (let r = area.top; r <= area.bottom && free; r++)
      for (let c = area.left; c <= area.right && free; c++)
        if ((r !== row || c !== col) && (holdsSomething(sheet.cells[r]?.[c]) || covered.has(`${r}:${c}`))) free = false;
    if (!free) {
      blocked.add(`${row}:${col}`);
      continue;
    }
    values.forEach((line, r) => line.forEach((value, c) => covered.set(`${row + r}:${col + c}`, { value, area })));
  }
  return {
    value(row, col) {
      const key = `${row}:${col}`;
      if (blocked.has(key)) return SPILL_ERROR;
      const spilled = covered.get(key);
      if (spilled) return spilled.value;
      const cell = sheet.cells[row]?.[col];
      if (!cell) return null;
      return cell.formula === undefined ? cell.value : (result(sheet, cell, row, col, manual)[0]?.[0] ?? null);
    },
    spillOf: (row, col) => covered.get(`${row}:${col}`)?.area ?? null,
  };
}

/** `application.calculate`: every formula cell caches what Excel calculates for it now. */
export function recalculate(workbook: WorkbookModel): void {
  for (const sheet of workbook.sheets) {
    for (const { row, col, cell } of anchors(sheet)) {
      const values = result(sheet, cell, row, col, false);
      cell.value = values[0]?.[0] ?? null;
      if (values.length * Math.max(0, ...values.map((r) => r.length)) > 1) cell.spill = values;
      else delete cell.spill;
    }
  }
}
