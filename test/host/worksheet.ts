import { MAX_COLUMNS, MAX_ROWS, parseRect } from "./addresses";
import { FakeChartCollection } from "./charts";
import { FakeCollection, FakeObject } from "./client-object";
import type { FakeContext } from "./context";
import { apiNotFound, FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { findSheet, hasFormatting, newId, type Rect, type SheetModel } from "./model";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./range-areas";
import type { PathRef } from "./request-log";
import { copySheet } from "./sheet-copy";
import { FakeTableList } from "./tables";

/** The smallest rectangle holding every cell with a value (and, unless `valuesOnly`, every formatted cell). */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  sheet.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || !(cell.value !== null || cell.formula || (!valuesOnly && hasFormatting(cell)))) return;
      rect = rect
        ? {
            top: Math.min(rect.top, r),
            left: Math.min(rect.left, c),
            bottom: Math.max(rect.bottom, r),
            right: Math.max(rect.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }),
  );
  return rect;
}

function checkSheetName(sheets: SheetModel[], name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
    throw invalidArgument(`invalid sheet name "${name}"`);
  if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
}

/** The name Excel gives a sheet added without one: "Sheet1", "Sheet2" … (the English UI's word). */
function defaultSheetName(sheets: readonly SheetModel[]): string {
  for (let n = 1; ; n++) if (!sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) return `Sheet${n}`;
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  /** A workbook keeps at least one visible sheet. */
  set visibility(visibility: string) {
    this.setProperty("visibility", visibility, () => {
      const sheet = this.target();
      if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden")
        throw invalidArgument(`visibility "${visibility}"`);
      const others = this.context.model.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (visibility !== "Visible" && others.length === 0)
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      sheet.visibility = visibility;
    });
  }

  get tables(): FakeTableList {
    return this.cachedChild(
      "tables",
      (path) =>
        new FakeTableList(this.context, path, () => {
          const sheet = this.target();
          return sheet.tables.map((table) => ({ sheet, table }));
        }),
    );
  }

  /** ExcelApi 1.7: only `freezeRows` is modelled. */
  get freezePanes(): FakeFreezePanes {
    return this.cachedChild("freezePanes", (path) => new FakeFreezePanes(this.context, path, () => this.target()));
  }

  /** ExcelApi 1.9: only `apply` over a range, without criteria, is modelled. */
  get autoFilter(): FakeAutoFilter {
    return this.cachedChild("autoFilter", (path) => new FakeAutoFilter(this.context, path, () => this.target()));
  }

  get charts(): FakeChartCollection {
    return this.cachedChild("charts", (path) => new FakeChartCollection(this.context, path, () => this.target()));
  }

  /** The range at `address`, or the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this.childPath("method", "getRange", [address]), () => {
      const sheet = this.target();
      if (address === undefined)
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const rect = parseRect(address);
      if (!rect) throw invalidArgument(`bad address "${address}"`);
      return { sheet, rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.childPath("method", "getCell", [row, column]), () => ({
      sheet: this.target(),
      rect: { top: row, left: column, bottom: row, right: column },
    }));
  }

  /** ExcelApi 1.9: "A1:B2, D4" (commas or semicolons). */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.childPath("method", "getRanges", [address]), () => {
      if (this.context.config.apiVersion < 9) throw apiNotFound("Worksheet.getRanges", 9);
      const rects = address.split(/[,;]/).map((part) => parseRect(part));
      if (rects.some((r) => r === null)) throw invalidArgument(`bad address list "${address}"`);
      return { sheet: this.target(), rects: rects as Rect[] };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this.childPath("method", "getUsedRangeOrNullObject", [valuesOnly]),
      () => {
        if (this.context.config.apiVersion < 4) throw apiNotFound("Worksheet.getUsedRangeOrNullObject", 4);
        const sheet = this.target();
        const rect = usedRect(sheet, valuesOnly ?? false);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.7; "Before" and "After" need `relativeTo`. */
  copy(positionType?: string, relativeTo?: FakeWorksheet): FakeWorksheet {
    let created: SheetModel | undefined;
    const path = this.childPath("method", "copy", [positionType, relativeTo]);
    this.context.enqueueApi(7, "Worksheet.copy", () => {
      const anchor = relativeTo ? relativeTo.target() : null;
      const position = positionType ?? "None";
      if ((position === "Before" || position === "After") && !anchor)
        throw invalidArgument(`${position} needs relativeTo`);
      created = copySheet(this.context.model, this.target(), position, anchor);
    });
    return new FakeWorksheet(this.context, path, () => created ?? null);
  }

  activate(): void {
    this.callMethod("activate", [], () => {
      const sheet = this.target();
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      if (this.context.model.activeSheet !== sheet.name)
        this.context.model.selection = { top: 0, left: 0, bottom: 0, right: 0 };
      this.context.model.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.callMethod("delete", [], () => {
      const sheet = this.target();
      const model = this.context.model;
      const rest = model.sheets.filter((s) => s !== sheet);
      if (!rest.some((s) => s.visibility === "Visible"))
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      model.sheets = rest;
      if (model.activeSheet === sheet.name) {
        model.activeSheet = rest.find((s) => s.visibility === "Visible")?.name ?? rest[0].name;
        model.selection = { top: 0, left: 0, bottom: 0, right: 0 };
      }
    });
  }

  protected read(sheet: SheetModel, name: string): unknown {
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.context.model.sheets.indexOf(sheet);
    return this.unknownProperty(name);
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  constructor(context: FakeContext, path: PathRef) {
    super(context, path, () => context.model.sheets);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.childPath("method", "getActiveWorksheet"), () => {
      const model = this.context.model;
      const sheet = findSheet(model, model.activeSheet);
      if (!sheet) throw itemNotFound("active sheet");
      return sheet;
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.childPath("indexer", "", [key]), () => {
      const sheet = findSheet(this.context.model, key);
      if (!sheet) throw itemNotFound(`worksheet ${key}`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.childPath("method", "getItemOrNullObject", [key]),
      () => {
        if (this.context.config.apiVersion < 4) throw apiNotFound("WorksheetCollection.getItemOrNullObject", 4);
        return findSheet(this.context.model, key) ?? null;
      },
      true,
    );
  }

  /** A new sheet at the end (ExcelApi 1.1). */
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    const path = this.childPath("method", "add", [name]);
    this.context.enqueue(() => {
      const model = this.context.model;
      const chosen = name ?? defaultSheetName(model.sheets);
      checkSheetName(model.sheets, chosen);
      created = {
        id: newId(),
        name: chosen,
        visibility: "Visible",
        cells: [],
        merges: [],
        tables: [],
        conditionalFormats: [],
      };
      model.sheets.push(created);
    });
    return new FakeWorksheet(this.context, path, () => created ?? null);
  }

  protected proxyFor(sheet: SheetModel, path: PathRef): FakeWorksheet {
    return new FakeWorksheet(this.context, path, () => sheet);
  }
}

/** `WorksheetFreezePanes` (ExcelApi 1.7). */
class FakeFreezePanes extends FakeObject<SheetModel> {
  freezeRows(count = 1): void {
    this.callMethod("freezeRows", [count], () => {
      this.context.requireApi(7, "WorksheetFreezePanes.freezeRows");
      const sheet = this.target();
      if (count > 0) sheet.frozenRows = count;
      else delete sheet.frozenRows;
    });
  }

  protected read(_sheet: SheetModel, name: string): unknown {
    return this.unknownProperty(name);
  }
}

/** `AutoFilter` (ExcelApi 1.9). */
class FakeAutoFilter extends FakeObject<SheetModel> {
  /** Office.js sends all three arguments, the ones not given as null (measured on its serializer). */
  apply(range: FakeRange | string, columnIndex?: number, criteria?: unknown): void {
    this.callMethod("apply", [range, columnIndex ?? null, criteria ?? null], () => {
      this.context.requireApi(9, "AutoFilter.apply");
      const sheet = this.target();
      const rect = typeof range === "string" ? parseRect(range) : range.target().rect;
      if (!rect) throw invalidArgument(`bad address "${String(range)}"`);
      sheet.autoFilter = { ...rect };
    });
  }

  protected read(_sheet: SheetModel, name: string): unknown {
    return this.unknownProperty(name);
  }
}
