import type { Area } from "./types";

/** A sheet's merged areas by the rows they cover (they never overlap, so these are at most its cells). */
type ByRow = Map<number, Area[]>;

const indexes = new WeakMap<readonly Area[], ByRow>();

function byRow(merges: readonly Area[]): ByRow {
  let index = indexes.get(merges);
  if (index === undefined) {
    index = new Map();
    for (const merge of merges) {
      for (let row = merge.top; row <= merge.bottom; row++) {
        const list = index.get(row);
        if (list === undefined) index.set(row, [merge]);
        else list.push(merge);
      }
    }
    indexes.set(merges, index);
  }
  return index;
}

/**
 * The merged area covering the cell at grid `row`, `col`, if any. The sheet's merges are indexed by row once,
 * so that asking for every row of a large sheet does not go through every merge each time.
 */
export function mergeCovering(merges: readonly Area[], row: number, col: number): Area | undefined {
  if (merges.length === 0) return undefined;
  return byRow(merges)
    .get(row)
    ?.find((m) => m.left <= col && col <= m.right);
}
