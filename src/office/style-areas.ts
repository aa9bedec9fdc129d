import type { CellStyle, SheetArea, SheetRow } from "../core/sheets";

export interface StyledArea {
  area: SheetArea;
  style: CellStyle;
}

const keyOf = (style: CellStyle | undefined) => (style && Object.keys(style).length ? JSON.stringify(style) : null);

/**
 * The styles of rows `top`..`bottom` (1-based) as few rectangles as simply found: runs of equal style along
 * each row, each run grown downwards while the next row has the same run. A styled header is one area; a
 * wrapped column is one area however many rows it has.
 */
export function styleAreas(rows: readonly SheetRow[], top: number, bottom: number): StyledArea[] {
  const done: StyledArea[] = [];
  let open = new Map<string, StyledArea>();
  for (let r = top; r <= bottom; r++) {
    const row = rows[r - 1] ?? [];
    const next = new Map<string, StyledArea>();
    for (let c = 0; c < row.length;) {
      const key = keyOf(row[c]?.style);
      let end = c;
      while (end + 1 < row.length && keyOf(row[end + 1]?.style) === key) end++;
      if (key !== null) {
        const runKey = `${c}:${end}:${key}`;
        const grown = open.get(runKey);
        if (grown) {
          grown.area.bottom = r;
          open.delete(runKey);
          next.set(runKey, grown);
        } else {
          const style = row[c]?.style ?? {};
          next.set(runKey, { area: { top: r, left: c + 1, bottom: r, right: end + 1 }, style });
        }
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  }
  return [...done, ...open.values()];
}
