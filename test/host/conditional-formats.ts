import { FakeCollection, FakeObject } from "./client-object";
import type { FakeContext } from "./context";
import { apiNotFound, itemNotFound } from "./errors";
import { type FakeConditionalFormat, intersects, newId, type Rect, type SheetModel } from "./model";

interface FormatRef {
  sheet: SheetModel;
  format: FakeConditionalFormat;
}

/**
 * The conditional formats that touch a range (or the areas of a RangeAreas). `add` puts the new
 * format at the top priority, as Excel does; ids are strings handed out by the host.
 */
export class FakeConditionalFormatCollection extends FakeCollection<FormatRef, FakeConditionalFormatProxy> {
  constructor(
    context: FakeContext,
    private readonly version: number,
    private readonly scope: () => { sheet: SheetModel; rects: Rect[] },
  ) {
    super(context, () => {
      if (context.config.apiVersion < version) throw apiNotFound("conditionalFormats", version);
      const { sheet, rects } = scope();
      return sheet.conditionalFormats
        .filter((f) => f.areas.some((a) => rects.some((r) => intersects(a, r))))
        .map((format) => ({ sheet, format }));
    });
  }

  add(type: string): FakeConditionalFormatProxy {
    let created: FormatRef | undefined;
    this.context.enqueueApi(
      this.version,
      "ConditionalFormatCollection.add",
      () => {
        const { sheet, rects } = this.scope();
        const format: FakeConditionalFormat = {
          id: newId(),
          type,
          areas: rects.map((r) => ({ ...r })),
          formula: null,
          fill: null,
        };
        sheet.conditionalFormats.unshift(format);
        created = { sheet, format };
      },
      type,
    );
    return new FakeConditionalFormatProxy(this.context, () => created ?? null);
  }

  getItem(id: string): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.context, () => {
      const found = this.target().find((f) => f.format.id === id);
      if (!found) throw itemNotFound(`conditional format ${id}`);
      return found;
    });
  }

  getItemOrNullObject(id: string): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(
      this.context,
      () => {
        if (this.context.config.apiVersion < 14)
          throw apiNotFound("ConditionalFormatCollection.getItemOrNullObject", 14);
        return this.target().find((f) => f.format.id === id) ?? null;
      },
      true,
    );
  }

  protected proxyFor(item: FormatRef): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.context, () => item);
  }
}

export class FakeConditionalFormatProxy extends FakeObject<FormatRef> {
  /** `custom.rule.formula`, `custom.format.fill.color` and `custom.format.font.color`, the parts the fake keeps. */
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };

  constructor(context: FakeContext, resolver: () => FormatRef | null, nullable = false) {
    super(context, resolver, nullable);
    const set = (apply: (format: FakeConditionalFormat) => void) => context.enqueue(() => apply(this.target().format));
    this.custom = {
      rule: {
        set formula(formula: string) {
          set((f) => (f.formula = formula));
        },
        get formula(): string {
          throw new Error("The fake does not load custom.rule.formula");
        },
      },
      format: {
        fill: {
          set color(color: string) {
            set((f) => (f.fill = color));
          },
          get color(): string {
            throw new Error("The fake does not load custom.format.fill.color");
          },
        },
        font: {
          set color(color: string) {
            set((f) => (f.fontColor = color));
          },
          get color(): string {
            throw new Error("The fake does not load custom.format.font.color");
          },
        },
      },
    };
  }

  get id(): string {
    return this.loadedValue("id");
  }
  get type(): string {
    return this.loadedValue("type");
  }

  delete(): void {
    this.context.enqueue(() => {
      const { sheet, format } = this.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
    });
  }

  protected read(ref: FormatRef, name: string): unknown {
    if (name === "id") return ref.format.id;
    if (name === "type") return ref.format.type;
    return this.unknownProperty(name);
  }
}
