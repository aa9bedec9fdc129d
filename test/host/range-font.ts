import { FakeObject } from "./client-object";
import { cellAt, cellFor, DEFAULT_FONT, type FakeCell, type FakeFont } from "./model";
import type { RangeRef } from "./range";

export function forEachCell(ref: RangeRef, act: (cell: FakeCell) => void): void {
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    for (let c = ref.rect.left; c <= ref.rect.right; c++) act(cellFor(ref.sheet, r, c));
  }
}

/** The one value every cell of the range shares, null when they differ (as Excel reports a mixed range). */
function shared<V>(ref: RangeRef, read: (cell: FakeCell | undefined) => V): V | null {
  let first: { value: V } | undefined;
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    for (let c = ref.rect.left; c <= ref.rect.right; c++) {
      const value = read(cellAt(ref.sheet, r, c));
      if (first === undefined) first = { value };
      else if (first.value !== value) return null;
    }
  }
  return first?.value ?? null;
}

/** `RangeFont` (ExcelApi 1.1): writing a property sets it on every cell and leaves the rest of the font. */
export class FakeRangeFont extends FakeObject<RangeRef> {
  get name(): string | null {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.setFont("name", { name });
  }

  get bold(): boolean | null {
    return this.loadedValue("bold");
  }
  set bold(bold: boolean) {
    this.setFont("bold", { bold });
  }

  get italic(): boolean | null {
    return this.loadedValue("italic");
  }
  set italic(italic: boolean) {
    this.setFont("italic", { italic });
  }

  /** "#RRGGBB". */
  get color(): string | null {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.setFont("color", { color });
  }

  private setFont<K extends keyof FakeFont>(name: K, change: Pick<FakeFont, K>): void {
    this.setProperty(name, change[name], () =>
      forEachCell(this.target(), (cell) => (cell.font = { ...cell.font, ...change })),
    );
  }

  protected read(ref: RangeRef, name: string): unknown {
    if (name === "name") return shared(ref, (cell) => cell?.font.name ?? DEFAULT_FONT);
    if (name === "bold") return shared(ref, (cell) => cell?.font.bold ?? false);
    if (name === "italic") return shared(ref, (cell) => cell?.font.italic ?? false);
    if (name === "color") return shared(ref, (cell) => cell?.font.color ?? "#000000");
    return this.unknownProperty(name);
  }
}
