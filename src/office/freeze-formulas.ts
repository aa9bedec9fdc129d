import type { CellValue } from "../core/grid/types";
import type { Language } from "../core/report/types";
import {
  planUndoStore,
  type StoredUndo,
  type UndoCell,
  type UndoRecord,
  undoStoreMessage,
  valueKey,
} from "../core/repair";
import { boxAddress, boxesOverlap, type CellBox, parseBox } from "./addresses";
import { RESPONSE_BUDGET_BYTES } from "./block-plan";
import type { CadreFormulaCell } from "./cadre-formulas";
import type { Capabilities } from "./capabilities";
import { valueToWrite } from "./cell-text";
import { toCellValue, toText } from "./cell-values";
import { plannedWrites, type RunWrite } from "./cell-writes";
import { FREEZE_ID_PREFIX } from "./freeze-id";
import { queueOwnRecord, queueSheetsAndRecord } from "./own-sheets";
import { RepairRefused } from "./repairs";
import {
  byBudget,
  jsonBytes,
  methodPathBytes,
  queryBytes,
  REQUEST_BUDGET_BYTES,
  sheetBatchBytes,
} from "./request-size";
import { queueUndoIndex, type SheetWrite, writeWithSettings } from "./undo-settings";

/** "in-place": the cells of the sheet itself, with undo. "copy": a copy of each sheet; the original stays as it was. */
export type FreezeMode = "in-place" | "copy";

export interface FreezeResult {
  /** Cells whose formula was replaced by its value (a spilling formula counts once). */
  cells: number;
  /** The copies made ("copy" mode), by name. */
  copies: string[];
  /** Which earlier repairs can no longer be undone to make room, if any. */
  notice: string | null;
}

/**
 * Nothing was changed: before ExcelApi 1.12 the add-in cannot see which cells a formula's results spilled
 * into, and writing a value over a spilling formula would lose all its results but the first; or Excel was
 * still calculating a CADRE function (#BUSY!), so its value is not known yet.
 */
export class FreezeRefused extends Error {
  constructor(readonly reason: "no-spill-api" | "still-calculating") {
    super(reason);
    this.name = "FreezeRefused";
  }
}

/** One formula and everything it shows: its cell, or its whole spill. */
interface Frozen {
  sheet: string;
  anchor: CadreFormulaCell;
  area: CellBox;
  values: CellValue[][];
  formats: (string | null)[][];
}

/** A cell's value, type and format in a response, with its JSON punctuation. */
const CELL_RESPONSE_BYTES = 60;
/** What a custom function's cell shows while its result is on its way (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs). */
const BUSY = "#BUSY!";

/** One proxy per sheet, reused by every batch of the run. */
function sheetsOf(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const proxies = new Map<string, Excel.Worksheet>();
  return (name) => {
    const found = proxies.get(name) ?? context.workbook.worksheets.getItem(name);
    proxies.set(name, found);
    return found;
  };
}

/** What every batch over these sheets carries. */
const sheetsBase = (sheets: Iterable<string>) => [...new Set(sheets)].reduce((n, s) => n + sheetBatchBytes(s), 0);

/** Each formula's cell, and its spill's address when it spills (ExcelApi 1.12), a budget's worth per sync. */
async function readAnchors(
  context: Excel.RequestContext,
  sheet: (name: string) => Excel.Worksheet,
  cells: readonly CadreFormulaCell[],
): Promise<Frozen[]> {
  const bytes = (cell: CadreFormulaCell) =>
    methodPathBytes("getRange", [cell.cell]) +
    queryBytes(["formulas", "values", "valueTypes", "numberFormat"]) +
    methodPathBytes("getSpillingToRangeOrNullObject", []) +
    queryBytes(["address"]);
  const frozen: Frozen[] = [];
  for (const group of byBudget(cells, bytes, sheetsBase(cells.map((cell) => cell.sheet)))) {
    const read = group.map((cell) => {
      const range = sheet(cell.sheet).getRange(cell.cell).load("formulas,values,valueTypes,numberFormat");
      return { cell, range, spill: range.getSpillingToRangeOrNullObject().load("address") };
    });
    await context.sync();
    for (const { cell, range, spill } of read) {
      // A formula changed since it was found is the user's new work: left alone.
      if (range.formulas[0][0] !== cell.formula) continue;
      const at = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
      frozen.push({
        sheet: cell.sheet,
        anchor: cell,
        area: spill.isNullObject ? at : (parseBox(spill.address) ?? at),
        values: [[toCellValue(range.values[0][0], range.valueTypes[0][0])]],
        formats: [[toText(range.numberFormat[0][0])]],
      });
    }
  }
  return frozen;
}

/** The formula's result fills more than its own cell. */
const spills = (f: Frozen) => f.area.bottom > f.area.top || f.area.right > f.area.left;

/** Rows of an area per read or write: about `budget` bytes of cells each. */
function rowBlocks(area: CellBox, bytesPerCell: number, budget: number): CellBox[] {
  const width = area.right - area.left + 1;
  const rows = Math.max(1, Math.floor(budget / (width * bytesPerCell)));
  const blocks: CellBox[] = [];
  for (let top = area.top; top <= area.bottom; top += rows)
    blocks.push({ ...area, top, bottom: Math.min(area.bottom, top + rows - 1) });
  return blocks;
}

/** The values and formats of every spill, in row blocks within the response budget. */
async function readSpills(
  context: Excel.RequestContext,
  sheet: (name: string) => Excel.Worksheet,
  frozen: readonly Frozen[],
): Promise<void> {
  const blocks = frozen.filter(spills).flatMap((f) => {
    f.values = [];
    f.formats = [];
    return rowBlocks(f.area, CELL_RESPONSE_BYTES, RESPONSE_BUDGET_BYTES / 2).map((box) => ({ f, box }));
  });
  const weight = ({ box }: { box: CellBox }) =>
    ((box.bottom - box.top + 1) * (box.right - box.left + 1) * CELL_RESPONSE_BYTES) / RESPONSE_BUDGET_BYTES;
  for (const group of byBudget(blocks, weight, 0, 1)) {
    const read = group.map(({ f, box }) => ({
      f,
      range: sheet(f.sheet).getRange(boxAddress(box)).load("values,valueTypes,numberFormat"),
    }));
    await context.sync();
    for (const { f, range } of read) {
      range.values.forEach((row, r) => {
        f.values.push(row.map((value, c) => toCellValue(value, range.valueTypes[r][c])));
        f.formats.push(range.numberFormat[r].map(toText));
      });
    }
  }
}

/** A formula Excel reported inside another formula's spill is not a formula of its own. */
function outermost(frozen: readonly Frozen[]): Frozen[] {
  const spilling = frozen.filter(spills);
  return frozen.filter((f) => {
    const at = { top: f.anchor.row, left: f.anchor.col, bottom: f.anchor.row, right: f.anchor.col };
    return !spilling.some((s) => s !== f && s.sheet === f.sheet && boxesOverlap(s.area, at));
  });
}

/** The area's writes: its values in place of the formula and its results, in row blocks within the request budget. */
function areaWrites(f: Frozen): RunWrite[] {
  const width = f.area.right - f.area.left + 1;
  const bytesPerCell = Math.max(8, Math.ceil(jsonBytes(f.values) / Math.max(1, f.values.length * width)));
  return rowBlocks(f.area, bytesPerCell, REQUEST_BUDGET_BYTES / 2).map((box) => ({
    address: boxAddress(box),
    values: f.values
      .slice(box.top - f.area.top, box.bottom - f.area.top + 1)
      .map((row, r) => row.map((value, c) => valueToWrite(value, f.formats[box.top - f.area.top + r]?.[c] ?? null))),
  }));
}

/**
 * One sheet's writes: formulas of one cell joined in runs down a column (a column of `=CADRE.AGE(D5)` is
 * one range), each spill written whole over its formula.
 */
function sheetWrites(list: readonly Frozen[]): RunWrite[] {
  const single = list
    .filter((f) => !spills(f))
    .map((f) => ({ row: f.area.top, col: f.area.left, value: valueToWrite(f.values[0][0], f.formats[0][0]) }));
  return [...plannedWrites(single), ...list.filter(spills).flatMap(areaWrites)];
}

/** The undo record of one sheet: each formula's cell back to its formula, its spill's cells back to empty. */
function undoRecord(sheet: string, frozen: readonly Frozen[], at: Date, n: number): UndoRecord {
  const cells = frozen.flatMap((f) =>
    f.values.flatMap((row, r) =>
      row.map((value, c): UndoCell => {
        const numberFormat = f.formats[r]?.[c] ?? null;
        const anchor = r === 0 && c === 0;
        return {
          address: boxAddress({
            top: f.area.top + r,
            left: f.area.left + c,
            bottom: f.area.top + r,
            right: f.area.left + c,
          }),
          before: { value: anchor ? f.anchor.formula : null, numberFormat, font: null },
          after: { key: valueKey(value), numberFormat, font: null },
        };
      }),
    ),
  );
  return { id: `${FREEZE_ID_PREFIX}${at.getTime().toString(36)}-${n}`, sheet, at: at.toISOString(), cells };
}

/**
 * Replaces the CADRE formulas of `cells` by the values Excel calculated for them, so that a recipient
 * without the add-in sees values instead of #NAME?; a formula whose results spill is replaced by all of
 * them. Cells whose formula changed since they were found are left alone. In Manual calculation mode Excel
 * calculates first, so no stale value is written. In place, the old formulas are recorded for "Hoàn tác"
 * (one record per sheet; throws RepairRefused, having changed nothing, when they do not fit); in "copy"
 * mode each sheet is copied first (ExcelApi 1.7), recorded as the add-in's own, and only the copy changes.
 * Throws FreezeRefused, having changed nothing, where spills cannot be seen or Excel is still calculating.
 * Syncs: two, then one per request's worth of formulas, of spilled cells read and of values written.
 */
export async function freezeCadreFormulas(
  context: Excel.RequestContext,
  cells: readonly CadreFormulaCell[],
  mode: FreezeMode,
  options: { lang: Language; caps: Pick<Capabilities, "spills">; now?: Date },
): Promise<FreezeResult> {
  if (cells.length === 0) return { cells: 0, copies: [], notice: null };
  // getSpillingToRangeOrNullObject is ExcelApi 1.12 (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspillingtorangeornullobject-member(1)).
  if (!options.caps.spills) throw new FreezeRefused("no-spill-api");
  const application = context.workbook.application.load("calculationMode");
  const index = queueUndoIndex(context);
  const sheetsRead = mode === "copy" ? queueSheetsAndRecord(context) : null;
  await context.sync();
  // In Manual mode the values shown may be stale: calculate first
  // (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)).
  if (application.calculationMode === "Manual") {
    application.calculate("Full");
    await context.sync();
  }

  const sheet = sheetsOf(context);
  const frozen = outermost(await readAnchors(context, sheet, cells));
  await readSpills(context, sheet, frozen);
  if (frozen.some((f) => f.values.some((row) => row.some((v) => typeof v === "object" && v?.error === BUSY))))
    throw new FreezeRefused("still-calculating");
  const groups = new Map<string, Frozen[]>();
  for (const f of frozen) groups.set(f.sheet, [...(groups.get(f.sheet) ?? []), f]);

  if (mode === "copy") {
    const copies = [...groups.keys()].map((name) => {
      const original = sheet(name);
      return { name, copy: original.copy("After", original).load("name,id") };
    });
    const writes: SheetWrite[] = copies.flatMap(({ name, copy }) =>
      sheetWrites(groups.get(name) ?? []).map((write) => ({ worksheet: copy, sheet: name, write })),
    );
    await writeWithSettings(context, { set: [], remove: [] }, writes);
    if (sheetsRead)
      queueOwnRecord(context, sheetsRead(), { add: copies.map(({ copy }) => ({ id: copy.id, role: "email-copy" })) });
    await context.sync();
    return { cells: frozen.length, copies: copies.map(({ copy }) => copy.name), notice: null };
  }

  let stored: StoredUndo[] = index();
  const set: { key: string; value: string }[] = [];
  const remove: string[] = [];
  const notices: string[] = [];
  const at = options.now ?? new Date();
  [...groups].forEach(([name, list], n) => {
    const plan = planUndoStore(stored, undoRecord(name, list, at, n));
    if (!plan.ok) throw new RepairRefused(undoStoreMessage(plan, options.lang) ?? "");
    set.push(...plan.set);
    remove.push(...plan.remove);
    stored = plan.index;
    notices.push(undoStoreMessage(plan, options.lang) ?? "");
  });
  const written = new Set(set.map((s) => s.key));
  const writes: SheetWrite[] = [...groups].flatMap(([name, list]) =>
    sheetWrites(list).map((write) => ({ worksheet: sheet(name), sheet: name, write })),
  );
  await writeWithSettings(context, { set, remove: remove.filter((key) => !written.has(key)) }, writes);
  return { cells: frozen.length, copies: [], notice: notices.filter(Boolean).join(" ") || null };
}
