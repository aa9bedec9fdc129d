import { qualify } from "./addresses";
import { sheetView } from "./calculation";
import { readValue, valueType, writeFormula, writeValue } from "./cell-write";
import { FakeClientResult, FakeObject, wireName } from "./client-object";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import type { FakeContext, Response } from "./context";
import { FakeDataValidation } from "./data-validation";
import { apiNotFound, FakeOfficeError, invalidArgument } from "./errors";
import { cellAt, cellFor, type FakeCell, type FakeHyperlink, intersects, type Rect, type SheetModel } from "./model";
import { FakeRangeAreas } from "./range-areas";
import { FakeRangeFont, forEachCell } from "./range-font";
import type { PathRef } from "./request-log";
import { FakeTableList, tablesIn } from "./tables";

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

/** Merged areas beyond this count make Excel refuse `getMergedAreasOrNullObject`. */
const MERGED_AREAS_LIMIT = 512;

/** Office.js writes arrays of more cells than this in blocks of rows; these properties only. */
const BULK_CELLS = 1500;
const BULK_PROPERTIES = new Set(["values", "numberFormat", "formulas"]);

export function grid<V>(ref: RangeRef, read: (cell: FakeCell | undefined, row: number, col: number) => V): V[][] {
  const rows: V[][] = [];
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = ref.rect.left; c <= ref.rect.right; c++) row.push(read(cellAt(ref.sheet, r, c), r, c));
    rows.push(row);
  }
  return rows;
}

function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** Font and fill as `getCellProperties` returns them, limited to what was asked for. */
interface CellPropertiesAsked {
  format?: { font?: { name?: boolean; bold?: boolean }; fill?: { color?: boolean } };
}

function cellProperties(cell: FakeCell | undefined, asked: CellPropertiesAsked): Record<string, unknown> {
  const font: Record<string, unknown> = {};
  if (asked.format?.font?.name) font.name = cell?.font.name ?? "Calibri";
  if (asked.format?.font?.bold) font.bold = cell?.font.bold ?? false;
  const format: Record<string, unknown> = {};
  if (asked.format?.font) format.font = font;
  if (asked.format?.fill?.color) format.fill = { color: cell?.fill ?? "#FFFFFF" };
  return asked.format ? { format } : {};
}

export class FakeRange extends FakeObject<RangeRef> {
  constructor(context: FakeContext, path: PathRef, resolver: () => RangeRef | null, nullable = false) {
    super(context, path, resolver, nullable);
  }

  get format(): FakeRangeFormat {
    return this.cachedChild("format", (path) => new FakeRangeFormat(this, path));
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get valueTypes(): string[][] {
    return this.loadedValue("valueTypes");
  }
  /** ExcelApi 1.12: true when every cell is in a spill, false when none is, null when some are. */
  get hasSpill(): boolean | null {
    return this.loadedValue("hasSpill");
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(input: unknown[][]) {
    this.writeCells("values", input, writeValue);
  }

  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  /** A formula is calculated as it is entered, even in Manual calculation mode. */
  set formulas(input: unknown[][]) {
    this.writeCells("formulas", input, (cell, value, sheet) => {
      writeFormula(cell, value);
      const known = cell.formula === undefined ? undefined : sheet.results?.[cell.formula];
      if (!known) return;
      cell.value = known[0]?.[0] ?? null;
      if (known.length > 1 || (known[0]?.length ?? 0) > 1) cell.spill = known;
    });
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.writeCells("numberFormat", input, (cell, format) => (cell.numberFormat = String(format)));
  }

  get hyperlink(): FakeHyperlink {
    return this.loadedValue("hyperlink");
  }
  /** ExcelApi 1.7. Like Excel, a link's `textToDisplay` is written into the cell as if typed into it. */
  set hyperlink(link: FakeHyperlink) {
    this.setProperty("hyperlink", link, () => {
      this.context.requireApi(7, "Range.hyperlink");
      const ref = this.target();
      for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
        for (let c = ref.rect.left; c <= ref.rect.right; c++) {
          const cell = cellFor(ref.sheet, r, c);
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) writeValue(cell, link.textToDisplay);
        }
      }
    });
  }

  /** ExcelApi 1.8: using it on an older host fails at sync. */
  get dataValidation(): FakeDataValidation {
    return this.cachedChild(
      "dataValidation",
      (path) => new FakeDataValidation(this.context, path, () => this.target()),
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.cachedChild(
      "conditionalFormats",
      (path) =>
        new FakeConditionalFormatCollection(this.context, path, 6, () => {
          const ref = this.target();
          return { sheet: ref.sheet, rects: [ref.rect] };
        }),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.childPath("method", "getCell", [row, column]), () => {
      const { sheet, rect } = this.target();
      const at = { top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column };
      return { sheet, rect: at };
    });
  }

  getCellProperties(asked: CellPropertiesAsked): FakeClientResult<Record<string, unknown>[][]> {
    return new FakeClientResult(
      this.context,
      { path: this.path, method: "getCellProperties", args: [asked] },
      (response) => {
        if (this.context.config.apiVersion < 9) throw apiNotFound("Range.getCellProperties", 9);
        const ref = this.target();
        response.countCells(cellCount(ref.rect));
        return grid(ref, (cell) => cellProperties(cell, asked));
      },
    );
  }

  /** ExcelApi 1.13; Excel refuses a range holding more than 512 merged areas. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this.childPath("method", "getMergedAreasOrNullObject"),
      () => {
        if (this.context.config.apiVersion < 13) throw apiNotFound("Range.getMergedAreasOrNullObject", 13);
        const { sheet, rect } = this.target();
        const merges = sheet.merges.filter((m) => intersects(m, rect));
        if (merges.length > MERGED_AREAS_LIMIT)
          throw new FakeOfficeError("GeneralException", "There are too many merged areas in the range.");
        return merges.length ? { sheet, rects: merges } : null;
      },
      true,
    );
  }

  getTables(fullyContained?: boolean): FakeTableList {
    return new FakeTableList(this.context, this.childPath("method", "getTables", [fullyContained]), () => {
      if (this.context.config.apiVersion < 9) throw apiNotFound("Range.getTables", 9);
      const { sheet, rect } = this.target();
      return tablesIn(sheet, rect, fullyContained ?? false);
    });
  }

  /** ExcelApi 1.12: on a spill's anchor cell, the whole spill; a null object on any other single cell. */
  getSpillingToRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      this.childPath("method", "getSpillingToRangeOrNullObject"),
      () => {
        const { sheet, rect } = this.singleCell("Range.getSpillingToRangeOrNullObject");
        const area = sheetView(this.context.model, sheet).spillOf(rect.top, rect.left);
        return area && area.top === rect.top && area.left === rect.left ? { sheet, rect: area } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.12: the anchor cell of the spill a single cell is in; a null object outside any spill. */
  getSpillParentOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      this.childPath("method", "getSpillParentOrNullObject"),
      () => {
        const { sheet, rect } = this.singleCell("Range.getSpillParentOrNullObject");
        const area = sheetView(this.context.model, sheet).spillOf(rect.top, rect.left);
        return area ? { sheet, rect: { top: area.top, left: area.left, bottom: area.top, right: area.left } } : null;
      },
      true,
    );
  }

  /** "All", "Formats", "Contents" (values and formulas) or "Hyperlinks"; the fake clears what it models. */
  clear(applyTo?: string): void {
    this.callMethod("clear", [applyTo], () => {
      const ref = this.target();
      for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
        for (let c = ref.rect.left; c <= ref.rect.right; c++) {
          const cell = cellAt(ref.sheet, r, c);
          if (!cell) continue;
          if (applyTo === undefined || applyTo === "All" || applyTo === "Contents") writeValue(cell, null);
          if (applyTo === undefined || applyTo === "All" || applyTo === "Formats") {
            cell.numberFormat = "General";
            cell.fill = null;
          }
          if (applyTo === undefined || applyTo === "All" || applyTo === "Hyperlinks") delete cell.hyperlink;
        }
      }
    });
  }

  /** ExcelApi 1.2: one merged area (or, `across`, one per row); the cells other than the top-left are emptied. */
  merge(across = false): void {
    this.callMethod("merge", [across], () => {
      this.context.requireApi(2, "Range.merge");
      const { sheet, rect } = this.target();
      const rows = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
            ...rect,
            top: rect.top + i,
            bottom: rect.top + i,
          }))
        : [rect];
      for (const area of rows) {
        if (sheet.merges.some((m) => intersects(m, area)))
          throw new FakeOfficeError("InvalidOperation", "Cannot merge cells that overlap a merged area.");
        for (let r = area.top; r <= area.bottom; r++)
          for (let c = area.left; c <= area.right; c++)
            if ((r !== area.top || c !== area.left) && cellAt(sheet, r, c)) cellFor(sheet, r, c).value = null;
        sheet.merges.push({ ...area });
      }
    });
  }

  select(): void {
    this.callMethod("select", [], () => {
      const { sheet, rect } = this.target();
      this.context.model.activeSheet = sheet.name;
      this.context.model.selection = { ...rect };
    });
  }

  private singleCell(api: string): RangeRef {
    if (this.context.config.apiVersion < 12) throw apiNotFound(api, 12);
    const ref = this.target();
    if (cellCount(ref.rect) !== 1) throw invalidArgument(`${api} takes a single cell`);
    return ref;
  }

  protected read(ref: RangeRef, name: string, response: Response): unknown {
    const { rect } = ref;
    switch (name) {
      case "address":
        return qualify(ref.sheet.name, rect);
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "hyperlink":
        return cellAt(ref.sheet, rect.top, rect.left)?.hyperlink ?? null;
    }
    const view = sheetView(this.context.model, ref.sheet);
    // A cell a formula spilled into has no formula of its own: its formula reads as its value.
    const layers: Record<string, (cell: FakeCell | undefined, r: number, c: number) => unknown> = {
      values: (_cell, r, c) => readValue(view.value(r, c)),
      valueTypes: (_cell, r, c) => valueType(view.value(r, c)),
      numberFormat: (cell) => cell?.numberFormat ?? "General",
      formulas: (cell, r, c) => cell?.formula ?? readValue(view.value(r, c)),
    };
    if (name === "hasSpill") {
      if (this.context.config.apiVersion < 12) throw apiNotFound("Range.hasSpill", 12);
      const flags = new Set(grid(ref, (_cell, r, c) => view.spillOf(r, c) !== null).flat());
      return flags.size === 1 ? [...flags][0] : null;
    }
    if (!layers[name]) return this.unknownProperty(name);
    response.countCells(cellCount(rect));
    return grid(ref, layers[name]);
  }

  /**
   * Office.js sends a values, number-format or formulas array of more than 1,500 cells as writes of blocks
   * of rows, each on a range of its own (`setRangePropertiesInBulk` in excel-web-16.00.debug.js, ExcelApi 1.3
   * on): the request grows by three object paths and a property write per block.
   */
  private logBulk(property: string, input: unknown[][]): boolean {
    const columns = Array.isArray(input[0]) ? input[0].length : 0;
    if (input.length * columns <= BULK_CELLS || this.context.config.apiVersion < 3) return false;
    const log = this.context.log;
    const rows = Math.max(1, Math.round(BULK_CELLS / columns));
    log.method(this.path, "_ValidateArraySize", [input.length, columns]);
    for (let start = 0; start < input.length; start += rows) {
      const count = Math.min(rows, input.length - start);
      const first = log.path(this.path, "method", "GetRow", [start], { untracked: true });
      const last = log.path(this.path, "method", "GetRow", [start + count - 1], { untracked: true });
      const block = log.path(first, "method", "GetBoundingRect", [{ path: last }], { untracked: true });
      log.setProperty(block, wireName(property), input.slice(start, start + count));
    }
    return true;
  }

  /** Writes a 2-D array that must match the range's shape, as Excel requires. */
  private writeCells(
    property: string,
    input: unknown[][],
    apply: (cell: FakeCell, value: unknown, sheet: SheetModel) => void,
  ): void {
    const write = () => {
      const { sheet, rect } = this.target();
      const rows = rect.bottom - rect.top + 1;
      const columns = rect.right - rect.left + 1;
      if (
        !Array.isArray(input) ||
        input.length !== rows ||
        input.some((row) => !Array.isArray(row) || row.length !== columns)
      ) {
        throw invalidArgument(`${property} must be a ${rows}×${columns} array`);
      }
      // A null in the array leaves its cell as it is
      // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values#set-values-or-formulas).
      input.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) apply(cellFor(sheet, rect.top + r, rect.left + c), value, sheet);
        }),
      );
    };
    if (BULK_PROPERTIES.has(property) && Array.isArray(input) && this.logBulk(property, input))
      this.context.enqueue(write);
    else this.setProperty(property, input, write);
  }
}

/** `RangeFill` (ExcelApi 1.1): its colour, set on every cell of the range. */
class FakeRangeFill extends FakeObject<RangeRef> {
  set color(color: string) {
    this.setProperty("color", color, () => forEachCell(this.target(), (cell) => (cell.fill = color)));
  }

  protected read(_ref: RangeRef, name: string): unknown {
    return this.unknownProperty(name);
  }
}

const ALIGNMENTS: Record<string, readonly string[]> = {
  horizontalAlignment: [
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed",
  ],
  verticalAlignment: ["Top", "Center", "Bottom", "Justify", "Distributed"],
};

/** `RangeFormat`: fill and font, alignment and wrapping (ExcelApi 1.1), column widths and row heights (1.2). */
export class FakeRangeFormat extends FakeObject<RangeRef> {
  constructor(
    private readonly range: FakeRange,
    path: PathRef,
  ) {
    super(range.context, path, () => range.target());
  }

  get font(): FakeRangeFont {
    return this.cachedChild("font", (path) => new FakeRangeFont(this.context, path, () => this.range.target()));
  }

  get fill(): FakeRangeFill {
    return this.cachedChild("fill", (path) => new FakeRangeFill(this.context, path, () => this.range.target()));
  }

  set wrapText(wrap: boolean) {
    this.setProperty("wrapText", wrap, () =>
      forEachCell(this.target(), (cell) => (cell.alignment = { ...cell.alignment, wrap })),
    );
  }

  set horizontalAlignment(value: string) {
    this.align("horizontalAlignment", "horizontal", value);
  }

  set verticalAlignment(value: string) {
    this.align("verticalAlignment", "vertical", value);
  }

  /** Points (office-js issue #187), for every column of the range. */
  set columnWidth(points: number) {
    this.setProperty("columnWidth", points, () => {
      this.context.requireApi(2, "RangeFormat.columnWidth");
      const { sheet, rect } = this.target();
      const widths = (sheet.columnWidths ??= {});
      for (let c = rect.left; c <= rect.right; c++) widths[c] = points;
    });
  }

  /** Points, for every row of the range. */
  set rowHeight(points: number) {
    this.setProperty("rowHeight", points, () => {
      this.context.requireApi(2, "RangeFormat.rowHeight");
      const { sheet, rect } = this.target();
      const heights = (sheet.rowHeights ??= {});
      for (let r = rect.top; r <= rect.bottom; r++) heights[r] = points;
    });
  }

  /** Autofit is not measured: the command only has to be valid. */
  autofitColumns(): void {
    this.callMethod("autofitColumns", [], () => {
      this.context.requireApi(2, "RangeFormat.autofitColumns");
      this.range.target();
    });
  }

  autofitRows(): void {
    this.callMethod("autofitRows", [], () => {
      this.context.requireApi(2, "RangeFormat.autofitRows");
      this.range.target();
    });
  }

  protected read(_ref: RangeRef, name: string): unknown {
    return this.unknownProperty(name);
  }

  private align(property: string, key: "horizontal" | "vertical", value: string): void {
    this.setProperty(property, value, () => {
      if (!ALIGNMENTS[property].includes(value)) throw invalidArgument(`${property} "${value}"`);
      forEachCell(this.target(), (cell) => (cell.alignment = { ...cell.alignment, [key]: value }));
    });
  }
}
