import { FakeCollection, FakeObject } from "./client-object";
import type { FakeContext } from "./context";
import { apiNotFound, invalidArgument, itemNotFound } from "./errors";
import { type FakeConditionalFormat, intersects, type Rect, type SheetModel } from "./model";
import type { PathRef } from "./request-log";

interface FormatRef {
  sheet: SheetModel;
  format: FakeConditionalFormat;
}

/**
 * A format's `id`, as Excel gives it: its priority on the sheet, not a stable identifier. It changes
 * whenever a format of higher priority is added or deleted
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member).
 */
function priorityId(ref: FormatRef): string {
  return String(ref.sheet.conditionalFormats.indexOf(ref.format));
}

/**
 * The conditional formats that touch a range (or the areas of a RangeAreas). `add` puts the new
 * format at the top priority, as Excel does, so every other format's id shifts.
 */
export class FakeConditionalFormatCollection extends FakeCollection<FormatRef, FakeConditionalFormatProxy> {
  constructor(
    context: FakeContext,
    path: PathRef,
    private readonly version: number,
    private readonly scope: () => { sheet: SheetModel; rects: Rect[] },
  ) {
    super(context, path, () => {
      if (context.config.apiVersion < version) throw apiNotFound("conditionalFormats", version);
      const { sheet, rects } = scope();
      return sheet.conditionalFormats
        .filter((f) => f.areas.some((a) => rects.some((r) => intersects(a, r))))
        .map((format) => ({ sheet, format }));
    });
  }

  add(type: string): FakeConditionalFormatProxy {
    let created: FormatRef | undefined;
    const path = this.childPath("method", "add", [type]);
    this.context.enqueueApi(this.version, "ConditionalFormatCollection.add", () => {
      const { sheet, rects } = this.scope();
      const format: FakeConditionalFormat = {
        type,
        areas: rects.map((r) => ({ ...r })),
        formula: null,
        fill: null,
      };
      sheet.conditionalFormats.unshift(format);
      created = { sheet, format };
    });
    return new FakeConditionalFormatProxy(this.context, path, () => created ?? null);
  }

  getItem(id: string): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.context, this.childPath("indexer", "", [id]), () => {
      const found = this.target().find((f) => priorityId(f) === id);
      if (!found) throw itemNotFound(`conditional format ${id}`);
      return found;
    });
  }

  getItemOrNullObject(id: string): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(
      this.context,
      this.childPath("method", "getItemOrNullObject", [id]),
      () => {
        if (this.context.config.apiVersion < 14)
          throw apiNotFound("ConditionalFormatCollection.getItemOrNullObject", 14);
        return this.target().find((f) => priorityId(f) === id) ?? null;
      },
      true,
    );
  }

  protected proxyFor(item: FormatRef, path: PathRef): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.context, path, () => item);
  }
}

/** A custom format's pieces the fake keeps: the rule's formula, the fill colour and the text colour. */
class FakeRule extends FakeObject<FormatRef> {
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(formula: string) {
    this.setProperty("formula", formula, () => (this.target().format.formula = formula));
  }

  protected read(ref: FormatRef, name: string): unknown {
    if (name === "formula") return ref.format.formula ?? "";
    return this.unknownProperty(name);
  }
}

class FakeFill extends FakeObject<FormatRef> {
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.setProperty("color", color, () => (this.target().format.fill = color));
  }

  protected read(ref: FormatRef, name: string): unknown {
    if (name === "color") return ref.format.fill ?? "";
    return this.unknownProperty(name);
  }
}

/** `custom.format.font`: only the text colour is kept. */
class FakeCustomFont extends FakeObject<FormatRef> {
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.setProperty("color", color, () => (this.target().format.fontColor = color));
  }

  protected read(ref: FormatRef, name: string): unknown {
    if (name === "color") return ref.format.fontColor ?? "";
    return this.unknownProperty(name);
  }
}

class FakeCustomFormat extends FakeObject<FormatRef> {
  get fill(): FakeFill {
    return this.cachedChild("fill", (path) => new FakeFill(this.context, path, () => this.target()));
  }
  get font(): FakeCustomFont {
    return this.cachedChild("font", (path) => new FakeCustomFont(this.context, path, () => this.target()));
  }

  protected read(_ref: FormatRef, name: string): unknown {
    return this.unknownProperty(name);
  }
}

/** `ConditionalFormat.custom`: only a custom format has one. */
class FakeCustom extends FakeObject<FormatRef> {
  get rule(): FakeRule {
    return this.cachedChild("rule", (path) => new FakeRule(this.context, path, () => this.target()));
  }
  get format(): FakeCustomFormat {
    return this.cachedChild("format", (path) => new FakeCustomFormat(this.context, path, () => this.target()));
  }

  protected read(_ref: FormatRef, name: string): unknown {
    return this.unknownProperty(name);
  }
}

export class FakeConditionalFormatProxy extends FakeObject<FormatRef> {
  get custom(): FakeCustom {
    return this.cachedChild(
      "custom",
      (path) =>
        new FakeCustom(this.context, path, () => {
          const ref = this.target();
          if (ref.format.type !== "Custom") throw invalidArgument("only a custom conditional format has `custom`");
          return ref;
        }),
    );
  }

  get id(): string {
    return this.loadedValue("id");
  }
  get type(): string {
    return this.loadedValue("type");
  }

  delete(): void {
    this.callMethod("delete", [], () => {
      const { sheet, format } = this.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
    });
  }

  protected read(ref: FormatRef, name: string): unknown {
    if (name === "id") return priorityId(ref);
    if (name === "type") return ref.format.type;
    return this.unknownProperty(name);
  }
}
