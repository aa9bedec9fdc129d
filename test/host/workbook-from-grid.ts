import { parseRect } from "./addresses";
import { blankCell, type FakeValue, newId, type Rect, type SheetModel, type WorkbookModel } from "./model";

/** A sheet described as rows of values, for tests and the sample workbooks of the browser page. */
export interface GridSheet {
  name: string;
  /** Values row by row from `at`; null leaves the cell empty. */
  rows: readonly (readonly FakeValue[])[];
  /** Top-left cell of `rows`; "A1" by default. */
  at?: string;
  /** Number formats in the shape of `rows`; null or missing means "General". */
  numberFormats?: readonly (readonly (string | null)[])[];
  /** Formulas in the shape of `rows`; the cell's value in `rows` is what Excel last calculated. */
  formulas?: readonly (readonly (string | null)[])[];
  /** One font for every cell given a value, or fonts in the shape of `rows`. */
  fonts?: string | readonly (readonly (string | null)[])[];
  merges?: readonly string[];
  tables?: readonly { name: string; range: string; showHeaders?: boolean }[];
  /** The user's own conditional formats, top priority first ("Custom" unless `type` says otherwise). */
  conditionalFormats?: readonly { range: string; formula: string; fill: string; type?: string }[];
  /** What Excel calculates for formulas the fake cannot calculate, by formula text; an array spills. */
  results?: Readonly<Record<string, FakeValue[][]>>;
  hidden?: boolean;
}

export interface GridOptions {
  /** The active sheet; the first sheet by default. */
  active?: string;
  /** The selected cells on the active sheet, "A1" by default. */
  selection?: string;
  settings?: Record<string, unknown>;
}

function rect(address: string): Rect {
  const found = parseRect(address);
  if (!found) throw new Error(`not an address: ${address}`);
  return found;
}

function buildSheet(spec: GridSheet): SheetModel {
  const origin = rect(spec.at ?? "A1");
  const sheet: SheetModel = {
    id: newId(),
    name: spec.name,
    visibility: spec.hidden ? "Hidden" : "Visible",
    cells: [],
    merges: [],
    tables: [],
    conditionalFormats: [],
  };
  spec.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const format = spec.numberFormats?.[r]?.[c] ?? null;
      const font =
        typeof spec.fonts === "string" ? (value === null ? null : spec.fonts) : (spec.fonts?.[r]?.[c] ?? null);
      const formula = spec.formulas?.[r]?.[c] ?? null;
      if (value === null && format === null && font === null && formula === null) return;
      const cell = blankCell();
      cell.value = value;
      if (formula !== null) cell.formula = formula;
      const spilled = formula === null ? undefined : spec.results?.[formula];
      if (spilled && (spilled.length > 1 || (spilled[0]?.length ?? 0) > 1)) cell.spill = structuredClone(spilled);
      if (format !== null) cell.numberFormat = format;
      if (font !== null) cell.font = { name: font, bold: false };
      (sheet.cells[origin.top + r] ??= [])[origin.left + c] = cell;
    }),
  );
  sheet.merges = (spec.merges ?? []).map(rect);
  sheet.tables = (spec.tables ?? []).map((t) => ({
    name: t.name,
    showHeaders: t.showHeaders ?? true,
    ...rect(t.range),
  }));
  sheet.conditionalFormats = (spec.conditionalFormats ?? []).map((f) => ({
    type: f.type ?? "Custom",
    areas: [rect(f.range)],
    formula: f.formula,
    fill: f.fill,
  }));
  if (spec.results) sheet.results = structuredClone({ ...spec.results });
  return sheet;
}

export function workbookFromGrid(sheets: readonly GridSheet[], options: GridOptions = {}): WorkbookModel {
  const workbook: WorkbookModel = {
    sheets: [],
    activeSheet: options.active ?? sheets[0]?.name ?? "",
    selection: rect(options.selection ?? "A1"),
    settings: { ...options.settings },
  };
  workbook.sheets = sheets.map(buildSheet);
  return workbook;
}
