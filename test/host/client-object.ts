import type { FakeContext, Response } from "./context";
import { FakeOfficeError, itemNotFound, notSynced, propertyNotLoaded } from "./errors";

/** Property names asked for by `load("a,b")`, `load(["a", "b"])` or `load({ a: true })`; "items/x" for collections. */
export function propertyNames(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(propertyNames);
  if (typeof spec === "object" && spec !== null) {
    return Object.entries(spec)
      .filter(([, on]) => on === true)
      .map(([name]) => name);
  }
  throw new FakeOfficeError("InvalidArgument", "load() takes a property list");
}

/**
 * A proxy, as in Office.js: it names an object of the workbook, resolved at sync time; the properties
 * it loads can be read only after the sync that loaded them (reading earlier throws PropertyNotLoaded).
 */
export abstract class FakeObject<T> {
  private bound: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
    nullable = false,
  ) {
    if (nullable) context.track(this);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", "Call context.sync() before reading isNullObject.");
    return this.nullState;
  }

  /** The object this proxy names, found on first use within a sync and kept. */
  resolve(): T | null {
    if (this.rebinds) return this.resolver();
    if (this.bound === undefined) this.bound = this.resolver();
    return this.bound;
  }

  /** Collections are enumerated afresh each time; single objects stay bound to what they first named. */
  protected get rebinds(): boolean {
    return false;
  }

  /** The object, for commands that cannot act on a null object. */
  target(): T {
    const found = this.resolve();
    if (found === null) throw itemNotFound(this.constructor.name);
    return found;
  }

  settle(): void {
    try {
      this.nullState = this.resolve() === null;
    } catch {
      this.nullState = true;
    }
  }

  load(spec?: unknown): this {
    const names = propertyNames(spec);
    this.context.enqueue((response) => {
      const shot = this.snapshot(names, response);
      response.add(shot.data, shot.commit);
    });
    return this;
  }

  /** Reads `names` now (at sync time); `commit` makes them readable once the sync succeeds. */
  snapshot(names: string[], response: Response): Snapshot {
    const found = this.resolve();
    const data: Record<string, unknown> = {};
    for (const name of names) data[name] = found === null ? null : this.read(found, name, response);
    return {
      data,
      commit: () => {
        for (const name of names) this.loaded.set(name, data[name]);
        this.nullState ??= found === null;
      },
    };
  }

  /** A loaded property's value; throws like Office.js when it was not loaded by a completed sync. */
  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** The value of a scalar property at sync time. */
  protected abstract read(target: T, name: string, response: Response): unknown;

  protected unknownProperty(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `${this.constructor.name} has no property '${name}' the fake knows`);
  }
}

/** A collection proxy: `load("items/name")` fills `items` with loaded item proxies. */
export abstract class FakeCollection<T, P extends FakeObject<T>> extends FakeObject<T[]> {
  private loadedItems: P[] | undefined;

  protected override get rebinds(): boolean {
    return true;
  }

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  override load(spec?: unknown): this {
    const names = propertyNames(spec).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue((response) => {
      const proxies = this.target().map((item) => this.proxyFor(item));
      const rows = proxies.map((p) => p.snapshot(names, response));
      response.add(
        rows.map((r) => r.data),
        () => {
          rows.forEach((r) => r.commit());
          this.loadedItems = proxies;
        },
      );
    });
    return this;
  }

  protected read(_target: T[], name: string): unknown {
    return this.unknownProperty(name);
  }

  protected abstract proxyFor(item: T): P;
}

/** Lets a collection load its items' properties through the items' own `read`. */
export interface Snapshot {
  data: Record<string, unknown>;
  commit(): void;
}

/** A value computed at sync time (`ClientResult`). */
export class FakeClientResult<V> {
  private result: { value: V } | undefined;

  /** `requestPayload`: what the call sends to Excel, counted against the request limit. */
  constructor(context: FakeContext, compute: (response: Response) => V, requestPayload: unknown = null) {
    context.enqueue((response) => {
      const value = compute(response);
      response.add(value, () => (this.result = { value }));
    }, requestPayload);
  }

  get value(): V {
    if (!this.result) throw notSynced();
    return this.result.value;
  }
}
