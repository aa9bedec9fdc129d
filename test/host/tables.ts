import { FakeCollection, FakeObject } from "./client-object";
import type { FakeContext } from "./context";
import { itemNotFound } from "./errors";
import { contains, type FakeTable, intersects, type Rect, type SheetModel } from "./model";
import { FakeRange } from "./range";
import type { PathRef } from "./request-log";

export interface TableRef {
  sheet: SheetModel;
  table: FakeTable;
}

export function tablesIn(sheet: SheetModel, rect: Rect, fullyContained: boolean): TableRef[] {
  return sheet.tables
    .filter((t) => (fullyContained ? contains(rect, t) : intersects(rect, t)))
    .map((table) => ({ sheet, table }));
}

export class FakeTableProxy extends FakeObject<TableRef> {
  get name(): string {
    return this.loadedValue("name");
  }
  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }

  /** The whole table, header row included. */
  getRange(): FakeRange {
    return new FakeRange(this.context, this.childPath("method", "getRange"), () => {
      const { sheet, table } = this.target();
      return { sheet, rect: { top: table.top, left: table.left, bottom: table.bottom, right: table.right } };
    });
  }

  protected read(ref: TableRef, name: string): unknown {
    if (name === "name") return ref.table.name;
    if (name === "showHeaders") return ref.table.showHeaders;
    return this.unknownProperty(name);
  }
}

/** A worksheet's tables, or the tables a range touches. */
export class FakeTableList extends FakeCollection<TableRef, FakeTableProxy> {
  constructor(context: FakeContext, path: PathRef, resolver: () => TableRef[]) {
    super(context, path, resolver);
  }

  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, this.childPath("indexer", "", [name]), () => {
      const found = this.target().find((t) => t.table.name.toLowerCase() === name.toLowerCase());
      if (!found) throw itemNotFound(`table ${name}`);
      return found;
    });
  }

  protected proxyFor(item: TableRef, path: PathRef): FakeTableProxy {
    return new FakeTableProxy(this.context, path, () => item);
  }
}
