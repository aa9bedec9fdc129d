/**
 * The request body Office.js sends for a batch, built the way its serializer builds it, so that the fake
 * counts what Excel on the web counts against its 5 MB limit. Measured on `excel-web-16.00.debug.js` of
 * @microsoft/office-js (test/browser/request-size.test.ts keeps the two in agreement):
 *   {"Actions":[…],"ObjectPaths":{"<id>":{…},…}}
 * Every object a batch uses has an object path (its parent's id, its kind, its name and arguments) and an
 * "Instantiate" action; reads, property writes and method calls are actions on a path. Ids come from one
 * counter per context. A path reused in a later batch is sent again with its ancestors. Each path id is
 * listed once, in the "L" of the last action that touches it.
 */

/** OfficeExtension's ObjectPathType. */
const PATH_TYPE = { root: 1, method: 3, property: 4, indexer: 5 } as const;
/** OfficeExtension's ActionType. */
const ACTION_TYPE = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;

export type PathKind = "method" | "property" | "indexer";

/** One object path; `refs` are the paths passed as arguments (Worksheet.copy's relativeTo, a chart's data). */
export class PathRef {
  constructor(
    readonly id: number,
    readonly parent: PathRef | null,
    readonly info: Record<string, unknown>,
    readonly refs: readonly PathRef[],
  ) {}
}

/** Something with an object path, passed as a method argument. */
export interface HasPath {
  readonly path: PathRef;
}

interface Action {
  info: Record<string, unknown>;
  touches: readonly PathRef[];
}

function isHasPath(value: unknown): value is HasPath {
  return typeof value === "object" && value !== null && (value as Partial<HasPath>).path instanceof PathRef;
}

/** Office.js puts a path's id where an object is passed, and lists the ids (0 for plain values) beside. */
function argumentInfo(args: readonly unknown[]): { info: Record<string, unknown>; refs: PathRef[] } {
  const refs = args.filter(isHasPath).map((arg) => arg.path);
  const info: Record<string, unknown> = { Arguments: args.map((arg) => (isHasPath(arg) ? arg.path.id : arg)) };
  if (refs.length > 0) info.ReferencedObjectPathIds = args.map((arg) => (isHasPath(arg) ? arg.path.id : 0));
  return { info, refs };
}

function lineage(path: PathRef): PathRef[] {
  const chain: PathRef[] = [];
  for (let p: PathRef | null = path; p; p = p.parent) chain.push(p, ...p.refs.flatMap(lineage));
  return chain;
}

export class RequestLog {
  private next = 1;
  private inBatch = new Set<PathRef>();
  private actions: Action[] = [];
  readonly root: PathRef;

  constructor() {
    const id = this.next++;
    this.root = new PathRef(id, null, { Id: id, ObjectPathType: PATH_TYPE.root, Name: "" }, []);
    this.instantiate(this.root);
  }

  /**
   * A new object path, instantiated in the current batch as Office.js does when a proxy is created; the
   * items of a loaded collection are instantiated only once used (`instantiate` false).
   */
  path(
    parent: PathRef,
    kind: PathKind,
    name: string,
    args: readonly unknown[] = [],
    options: { instantiate?: boolean; untracked?: boolean } = {},
  ): PathRef {
    const id = this.next++;
    const info: Record<string, unknown> = {
      Id: id,
      ObjectPathType: PATH_TYPE[kind],
      Name: kind === "method" ? name : "",
      ParentObjectPathId: parent.id,
    };
    if (kind === "property") info.Name = name;
    const parsed = kind === "property" ? { info: null, refs: [] } : argumentInfo(args);
    if (parsed.info) info.ArgumentInfo = parsed.info;
    // Objects Office.js makes for itself and lets go of at once (`untrack()`) are flagged so.
    if (options.untracked) info.D = true;
    const ref = new PathRef(id, parent, info, parsed.refs);
    if (options.instantiate ?? true) this.instantiate(ref);
    return ref;
  }

  /** `load(…)`: the properties asked for, "items/" dropped for a collection's items. */
  query(path: PathRef, select: readonly string[] | null): void {
    this.add(path, ACTION_TYPE.query, "", { QueryInfo: select === null ? {} : { Select: select } });
  }

  setProperty(path: PathRef, name: string, value: unknown): void {
    this.add(path, ACTION_TYPE.setProperty, name, { ArgumentInfo: { Arguments: [value] } });
  }

  method(path: PathRef, name: string, args: readonly unknown[] = []): void {
    const parsed = argumentInfo(args);
    parsed.refs.forEach((ref) => this.instantiate(ref));
    this.add(path, ACTION_TYPE.method, name, { ArgumentInfo: parsed.info }, parsed.refs);
  }

  /** The body of the batch queued so far (null when nothing is queued), and a fresh batch. */
  take(): string | null {
    const actions = this.actions;
    const paths = [...this.inBatch];
    this.actions = [];
    this.inBatch = new Set();
    // A method that returns an object (worksheets.add) is sent as its path's Instantiate action alone.
    if (actions.every((a) => a.info.ObjectPathId === this.root.id)) return null;
    const last = new Map<PathRef, number>();
    actions.forEach((action, i) => action.touches.forEach((path) => last.set(path, i)));
    const lists = new Map<number, number[]>();
    for (const [path, i] of last) lists.set(i, [...(lists.get(i) ?? []), path.id]);
    const body = {
      Actions: actions.map((action, i) => {
        const list = lists.get(i);
        return list ? { ...action.info, L: list.sort((a, b) => a - b) } : action.info;
      }),
      ObjectPaths: Object.fromEntries(paths.map((path) => [String(path.id), path.info])),
    };
    return JSON.stringify(body);
  }

  private instantiate(path: PathRef): void {
    if (this.inBatch.has(path)) return;
    if (path.parent) this.instantiate(path.parent);
    path.refs.forEach((ref) => this.instantiate(ref));
    this.inBatch.add(path);
    this.push({ Id: this.next++, ActionType: ACTION_TYPE.instantiate, Name: "", ObjectPathId: path.id }, lineage(path));
  }

  private add(
    path: PathRef,
    type: number,
    name: string,
    extra: Record<string, unknown>,
    refs: readonly PathRef[] = [],
  ): void {
    this.instantiate(path);
    const info = { Id: this.next++, ActionType: type, Name: name, ObjectPathId: path.id, ...extra };
    this.push(info, [...lineage(path), ...refs.flatMap(lineage)]);
  }

  private push(info: Record<string, unknown>, touches: readonly PathRef[]): void {
    this.actions.push({ info, touches });
  }
}
