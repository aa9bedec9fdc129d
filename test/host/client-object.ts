import type { FakeContext, Response } from "./context";
import { FakeOfficeError, itemNotFound, notSynced, propertyNotLoaded } from "./errors";
import type { HasPath, PathKind, PathRef } from "./request-log";

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

/** Office.js names properties and methods in requests with a capital first letter ("values" → "Values"). */
export function wireName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A proxy, as in Office.js: it names an object of the workbook, resolved at sync time; the properties
 * it loads can be read only after the sync that loaded them (reading earlier throws PropertyNotLoaded).
 * Its object path goes into the request of every batch that uses it (request-log.ts).
 */
export abstract class FakeObject<T> implements HasPath {
  private bound: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    readonly path: PathRef,
    private readonly resolver: () => T | null,
    nullable = false,
  ) {
    if (nullable) context.track(this);
  }

  /** The object path of an object reached from this one. */
  childPath(kind: PathKind, name: string, args: readonly unknown[] = [], instantiate = true): PathRef {
    return this.context.log.path(this.path, kind, wireName(name), args, { instantiate });
  }

  /** A navigation property's object, made once per proxy as Office.js caches it. */
  protected cachedChild<C>(name: string, make: (path: PathRef) => C): C {
    if (!this.children.has(name)) this.children.set(name, make(this.childPath("property", name)));
    return this.children.get(name) as C;
  }

  /** Sets a property: one SetProperty action; `apply` runs at sync. */
  protected setProperty(name: string, value: unknown, apply: (response: Response) => void): void {
    this.context.log.setProperty(this.path, wireName(name), value);
    this.context.enqueue(apply);
  }

  /** Calls a method that returns nothing: one method action; `apply` runs at sync. */
  protected callMethod(name: string, args: readonly unknown[], apply: (response: Response) => void): void {
    this.context.log.method(this.path, wireName(name), args);
    this.context.enqueue(apply);
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
    this.context.log.query(this.path, spec === undefined ? null : names);
    this.context.enqueue((response) => {
      const shot = this.snapshot(names, response);
      response.add(shot.data, shot.commit);
    }, false);
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
    this.context.log.query(this.path, spec === undefined ? null : names);
    this.context.enqueue((response) => {
      // Office.js gives the items of a loaded collection paths of their own ("GetItemAt"), sent only once used.
      const proxies = this.target().map((item, i) =>
        this.proxyFor(item, this.childPath("method", "getItemAt", [i], false)),
      );
      const rows = proxies.map((p) => p.snapshot(names, response));
      response.add(
        rows.map((r) => r.data),
        () => {
          rows.forEach((r) => r.commit());
          this.loadedItems = proxies;
        },
      );
    }, false);
    return this;
  }

  protected read(_target: T[], name: string): unknown {
    return this.unknownProperty(name);
  }

  protected abstract proxyFor(item: T, path: PathRef): P;
}

/** Lets a collection load its items' properties through the items' own `read`. */
export interface Snapshot {
  data: Record<string, unknown>;
  commit(): void;
}

/** A value computed at sync time (`ClientResult`) by a method called on the object at `path`. */
export class FakeClientResult<V> {
  private result: { value: V } | undefined;

  constructor(
    context: FakeContext,
    call: { path: PathRef; method: string; args: readonly unknown[]; changes?: boolean },
    compute: (response: Response) => V,
  ) {
    context.log.method(call.path, wireName(call.method), call.args);
    context.enqueue((response) => {
      const value = compute(response);
      response.add(value, () => (this.result = { value }));
    }, call.changes ?? false);
  }

  get value(): V {
    if (!this.result) throw notSynced();
    return this.result.value;
  }
}
