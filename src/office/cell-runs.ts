import { boxAddress } from "./addresses";

/** Cells below one another in one column, written or read as one range. Rows and columns 1-based. */
export interface CellRun<T> {
  column: number;
  top: number;
  items: T[];
}

/** The run's address: "C5:C9", or "C5" for one cell. */
export function runAddress(run: CellRun<unknown>): string {
  return boxAddress({ top: run.top, left: run.column, bottom: run.top + run.items.length - 1, right: run.column });
}

/** The run cut where its items' `bytes` would pass `max`: a long run of long texts becomes several requests. */
export function splitRun<T>(run: CellRun<T>, bytes: (item: T) => number, max: number): CellRun<T>[] {
  const pieces: CellRun<T>[] = [];
  let piece: CellRun<T> = { column: run.column, top: run.top, items: [] };
  let size = 0;
  run.items.forEach((item, i) => {
    const cost = bytes(item);
    if (piece.items.length > 0 && size + cost > max) {
      pieces.push(piece);
      piece = { column: run.column, top: run.top + i, items: [] };
      size = 0;
    }
    piece.items.push(item);
    size += cost;
  });
  if (piece.items.length > 0) pieces.push(piece);
  return pieces;
}

/**
 * `items` as runs: sorted by column then row, a run ending where the next cell is not the one just below
 * or has another `kind` (cells of one run are written alike). Two items on one cell make two runs.
 */
export function columnRuns<T>(
  items: readonly T[],
  at: (item: T) => { row: number; col: number },
  kind: (item: T) => string = () => "",
): CellRun<T>[] {
  const placed = items
    .map((item) => ({ item, ...at(item), kind: kind(item) }))
    .sort((x, y) => x.col - y.col || x.row - y.row);
  const runs: (CellRun<T> & { kind: string })[] = [];
  for (const cell of placed) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.col && last.kind === cell.kind && last.top + last.items.length === cell.row)
      last.items.push(cell.item);
    else runs.push({ column: cell.col, top: cell.row, items: [cell.item], kind: cell.kind });
  }
  return runs.map(({ column, top, items: list }) => ({ column, top, items: list }));
}
