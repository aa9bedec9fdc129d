import { qualify } from "./addresses";
import { FakeObject } from "./client-object";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import type { Rect, SheetModel } from "./model";

export interface AreasRef {
  sheet: SheetModel;
  rects: Rect[];
}

/** `RangeAreas`: several rectangles of one sheet (ExcelApi 1.9). */
export class FakeRangeAreas extends FakeObject<AreasRef> {
  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.cachedChild(
      "conditionalFormats",
      (path) => new FakeConditionalFormatCollection(this.context, path, 9, () => this.target()),
    );
  }

  protected read(ref: AreasRef, name: string): unknown {
    if (name === "address") return ref.rects.map((r) => qualify(ref.sheet.name, r)).join(", ");
    if (name === "areaCount") return ref.rects.length;
    return this.unknownProperty(name);
  }
}
