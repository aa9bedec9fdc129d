/**
 * The in-memory workbook behind the fake Excel host. Plain data, so a test can snapshot it
 * (structuredClone) before an operation and compare after.
 */

/** What a cell holds; an error cell holds `{ error: "#REF!" }`. */
export type FakeValue = string | number | boolean | null | { error: string };

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface FakeCell {
  value: FakeValue;
  /**
   * Set when the cell holds a formula; `value` is then what Excel last calculated, which reads show in
   * Manual calculation mode; otherwise reads calculate it (calculation.ts).
   */
  formula?: string;
  /** A formula's last calculated array result, when it spills (its top-left value is `value`). */
  spill?: FakeValue[][];
  numberFormat: string;
  font: FakeFont;
  fill: string | null;
  hyperlink?: FakeHyperlink;
  /** Set once a format writes one of them: "Center", "Top", wrapped text. */
  alignment?: FakeAlignment;
}

/** Italic and colour appear only once written, so cells made before they were modelled compare equal. */
export interface FakeFont {
  name: string;
  bold: boolean;
  italic?: boolean;
  color?: string;
}

export interface FakeAlignment {
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
}

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeTable extends Rect {
  name: string;
  showHeaders: boolean;
}

/**
 * A conditional format; the first in `SheetModel.conditionalFormats` has the top priority. It has no id
 * of its own: Excel's `ConditionalFormat.id` is its current priority (conditional-formats.ts).
 */
export interface FakeConditionalFormat {
  type: string;
  areas: Rect[];
  formula: string | null;
  fill: string | null;
  /** The text colour, when the format sets one. */
  fontColor?: string;
}

/** A chart: the range it is drawn from and its title; the fake draws nothing. */
export interface FakeChart {
  id: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string | null;
  position: string | null;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Sparse rows of sparse cells. */
  cells: (FakeCell | undefined)[][];
  merges: Rect[];
  tables: FakeTable[];
  conditionalFormats: FakeConditionalFormat[];
  charts?: FakeChart[];
  /** Data validation by cell ("row:col", 0-based); absent when the sheet has none. */
  validations?: Record<string, FakeValidation>;
  /** Column widths in points, by 0-based column, for the columns whose width was set. */
  columnWidths?: Record<number, number>;
  /** Row heights in points, by 0-based row, for the rows whose height was set. */
  rowHeights?: Record<number, number>;
  /** Rows frozen at the top (`freezePanes.freezeRows`); absent when none. */
  frozenRows?: number;
  /** The range the sheet's AutoFilter applies to. */
  autoFilter?: Rect;
  /** What Excel calculates for formulas the fake cannot (the CADRE functions), by formula text; arrays spill. */
  results?: Record<string, FakeValue[][]>;
}

/** One cell's data validation, as `Range.dataValidation` sets it (ExcelApi 1.8). */
export interface FakeValidation {
  rule: Record<string, unknown> | null;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
  ignoreBlanks: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Name of the active sheet. */
  activeSheet: string;
  /** The selected range on the active sheet; null when something other than cells (a chart) is selected. */
  selection: Rect | null;
  settings: Record<string, unknown>;
  /** `application.calculationMode`; "Automatic" when absent. */
  calculationMode?: "Automatic" | "AutomaticExceptTables" | "Manual";
  /** How many times `application.calculate` ran. */
  recalculations?: number;
}

export const DEFAULT_FONT = "Calibri";

export function blankCell(): FakeCell {
  return { value: null, numberFormat: "General", font: { name: DEFAULT_FONT, bold: false }, fill: null };
}

export function cellAt(sheet: SheetModel, row: number, col: number): FakeCell | undefined {
  return sheet.cells[row]?.[col];
}

/** The cell, created blank when missing (writes only). */
export function cellFor(sheet: SheetModel, row: number, col: number): FakeCell {
  const cells = (sheet.cells[row] ??= []);
  return (cells[col] ??= blankCell());
}

export function hasFormatting(cell: FakeCell): boolean {
  return (
    cell.numberFormat !== "General" ||
    cell.font.name !== DEFAULT_FONT ||
    cell.font.bold ||
    cell.font.italic === true ||
    cell.font.color !== undefined ||
    cell.fill !== null ||
    cell.alignment !== undefined
  );
}

let lastId = 0;

/** A GUID-like id, unique within the page: the host hands them to sheets and conditional formats. */
export function newId(): string {
  lastId += 1;
  return `{${lastId.toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-000000000000}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right
  );
}

export function findSheet(workbook: WorkbookModel, key: string): SheetModel | undefined {
  return (
    workbook.sheets.find((s) => s.id === key) ?? workbook.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase())
  );
}
