import { qualify } from "./addresses";
import { readValue, valueType, writeFormula, writeValue } from "./cell-write";
import { FakeClientResult, FakeObject } from "./client-object";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeDataValidation } from "./data-validation";
import { cellValue } from "./formula";
import type { FakeContext, Response } from "./context";
import { apiNotFound, FakeOfficeError, invalidArgument } from "./errors";
import { cellAt, cellFor, type FakeCell, type FakeHyperlink, intersects, type Rect, type SheetModel } from "./model";
import { FakeRangeAreas } from "./range-areas";
import { FakeRangeFont, forEachCell } from "./range-font";
import { FakeTableList, tablesIn } from "./tables";

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

/** Merged areas beyond this count make Excel refuse `getMergedAreasOrNullObject`. */
const MERGED_AREAS_LIMIT = 512;

function grid<V>(ref: RangeRef, read: (cell: FakeCell | undefined, row: number, col: number) => V): V[][] {
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
  readonly format: FakeRangeFormat;

  constructor(context: FakeContext, resolver: () => RangeRef | null, nullable = false) {
    super(context, resolver, nullable);
    this.format = new FakeRangeFormat(this);
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

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(input: unknown[][]) {
    this.writeCells("values", input, writeValue);
  }

  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(input: unknown[][]) {
    this.writeCells("formulas", input, writeFormula);
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
  /** Like Excel, a link's `textToDisplay` is written into the cell as if typed into it. */
  set hyperlink(link: FakeHyperlink) {
    this.context.enqueueApi(
      7,
      "Range.hyperlink",
      () => {
        const ref = this.target();
        for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
          for (let c = ref.rect.left; c <= ref.rect.right; c++) {
            const cell = cellFor(ref.sheet, r, c);
            cell.hyperlink = { ...link };
            if (link.textToDisplay !== undefined) writeValue(cell, link.textToDisplay);
          }
        }
      },
      link,
    );
  }

  /** ExcelApi 1.8: using it on an older host fails at sync. */
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, () => this.target());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, 6, () => {
      const ref = this.target();
      return { sheet: ref.sheet, rects: [ref.rect] };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      const at = { top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column };
      return { sheet, rect: at };
    });
  }

  getCellProperties(asked: CellPropertiesAsked): FakeClientResult<Record<string, unknown>[][]> {
    return new FakeClientResult(this.context, (response) => {
      if (this.context.config.apiVersion < 9) throw apiNotFound("Range.getCellProperties", 9);
      const ref = this.target();
      response.countCells(cellCount(ref.rect));
      return grid(ref, (cell) => cellProperties(cell, asked));
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
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

  getTables(fullyContained = false): FakeTableList {
    return new FakeTableList(this.context, () => {
      if (this.context.config.apiVersion < 9) throw apiNotFound("Range.getTables", 9);
      const { sheet, rect } = this.target();
      return tablesIn(sheet, rect, fullyContained);
    });
  }

  /** ExcelApi 1.2: one merged area (or, `across`, one per row); the cells other than the top-left are emptied. */
  merge(across = false): void {
    this.context.enqueueApi(2, "Range.merge", () => {
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
    this.context.enqueue(() => {
      const { sheet, rect } = this.target();
      this.context.model.activeSheet = sheet.name;
      this.context.model.selection = { ...rect };
    });
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
    // A formula cell reads as Excel calculated it.
    const calculated = (cell: FakeCell | undefined, r: number, c: number) =>
      cell?.formula ? { ...cell, value: cellValue(ref.sheet, r, c) } : cell;
    const layers: Record<string, (cell: FakeCell | undefined, r: number, c: number) => unknown> = {
      values: (cell, r, c) => readValue(calculated(cell, r, c)),
      valueTypes: (cell, r, c) => valueType(calculated(cell, r, c)),
      numberFormat: (cell) => cell?.numberFormat ?? "General",
      formulas: (cell) => cell?.formula ?? readValue(cell),
    };
    if (!layers[name]) return this.unknownProperty(name);
    response.countCells(cellCount(rect));
    return grid(ref, layers[name]);
  }

  /** Writes a 2-D array that must match the range's shape, as Excel requires. */
  private writeCells(property: string, input: unknown[][], apply: (cell: FakeCell, value: unknown) => void): void {
    this.context.enqueue(() => {
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
      // A null in the array leaves its cell as it is (docs: "excel-add-ins-blank-null-values").
      input.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) apply(cellFor(sheet, rect.top + r, rect.left + c), value);
        }),
      );
    }, input);
  }
}

/** Writes a format property of every cell of the range, or of the range's rows or columns. */
function formatSetter(
  range: FakeRange,
  version: number,
  api: string,
  apply: (ref: RangeRef) => void,
  payload: unknown,
) {
  range.context.enqueueApi(version, api, () => apply(range.target()), payload);
}

const notLoaded = (name: string) => new Error(`The fake does not load format.${name}`);

const ALIGNMENTS: Record<string, readonly string[]> = {
  horizontal: ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"],
  vertical: ["Top", "Center", "Bottom", "Justify", "Distributed"],
};

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: { color: string };

  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont(range.context, () => range.target());
    this.fill = {
      set color(color: string) {
        formatSetter(range, 1, "RangeFill.color", (ref) => forEachCell(ref, (cell) => (cell.fill = color)), color);
      },
      get color(): string {
        throw notLoaded("fill.color");
      },
    };
  }

  set wrapText(wrap: boolean) {
    this.align("wrap", wrap);
  }
  get wrapText(): boolean {
    throw notLoaded("wrapText");
  }

  set horizontalAlignment(value: string) {
    this.align("horizontal", value);
  }
  get horizontalAlignment(): string {
    throw notLoaded("horizontalAlignment");
  }

  set verticalAlignment(value: string) {
    this.align("vertical", value);
  }
  get verticalAlignment(): string {
    throw notLoaded("verticalAlignment");
  }

  /** Points (office-js issue #187), for every column of the range (ExcelApi 1.2). */
  set columnWidth(points: number) {
    formatSetter(
      this.range,
      2,
      "RangeFormat.columnWidth",
      (ref) => {
        const widths = (ref.sheet.columnWidths ??= {});
        for (let c = ref.rect.left; c <= ref.rect.right; c++) widths[c] = points;
      },
      points,
    );
  }
  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }

  /** Points, for every row of the range (ExcelApi 1.2). */
  set rowHeight(points: number) {
    formatSetter(
      this.range,
      2,
      "RangeFormat.rowHeight",
      (ref) => {
        const heights = (ref.sheet.rowHeights ??= {});
        for (let r = ref.rect.top; r <= ref.rect.bottom; r++) heights[r] = points;
      },
      points,
    );
  }
  get rowHeight(): number {
    throw notLoaded("rowHeight");
  }

  /** Column widths and row heights are not measured: the commands only have to be valid. */
  autofitColumns(): void {
    this.range.context.enqueueApi(2, "RangeFormat.autofitColumns", () => this.range.target());
  }

  autofitRows(): void {
    this.range.context.enqueueApi(2, "RangeFormat.autofitRows", () => this.range.target());
  }

  private align(key: "horizontal" | "vertical" | "wrap", value: string | boolean): void {
    formatSetter(
      this.range,
      1,
      `RangeFormat.${key}`,
      (ref) => {
        if (key !== "wrap" && !ALIGNMENTS[key].includes(String(value))) throw invalidArgument(`${key} "${value}"`);
        forEachCell(ref, (cell) => (cell.alignment = { ...cell.alignment, [key]: value }));
      },
      value,
    );
  }
}
