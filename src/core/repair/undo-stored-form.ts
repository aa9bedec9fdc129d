import { a1, columnLetter, parseA1 } from "../grid/address";
import type { CellValue } from "../grid/types";
import type { UndoCell, UndoRecord } from "./undo";
import { VALUE_KEY_LENGTH, valueKey } from "./value-key";

/**
 * The record in the form kept in the file. Every quote costs 7 bytes there (stored-size.ts), so cells go in
 * groups down a column that share their number formats and fonts: the column's letters, the rows (the first
 * row of consecutive cells, or the first row and the steps to each next one), the values before, the keys
 * of the values after joined in one string, and the number format and font before and after.
 */
type Pair = [string | null, string | null];
type StoredGroup = [string, number | number[], CellValue[], string, Pair, Pair];

/** Earlier records: one flat array per cell, the value after in full. */
type StoredCellV1 = [string, CellValue, string | null, string | null, CellValue, string | null, string | null];

function isCellValue(value: unknown): value is CellValue {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  return typeof value === "object" && typeof (value as { error?: unknown }).error === "string";
}

const textOrNull = (value: unknown): value is string | null => value === null || typeof value === "string";

interface Placed {
  cell: UndoCell;
  column: number;
  row: number;
  shared: string;
}

/** Cells by column, then row; a group ends where the column or the formats and fonts change. */
function groupsOf(cells: readonly UndoCell[]): Placed[][] {
  const placed = cells
    .map((cell): Placed => {
      const at = parseA1(cell.address);
      const shared = JSON.stringify([
        cell.before.numberFormat,
        cell.after.numberFormat,
        cell.before.font,
        cell.after.font,
      ]);
      return { cell, column: at?.column ?? 0, row: at?.row ?? 0, shared };
    })
    .sort((x, y) => x.column - y.column || x.row - y.row);
  const groups: Placed[][] = [];
  for (const item of placed) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (head && head.column === item.column && head.shared === item.shared) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

function rowsOf(group: readonly Placed[]): number | number[] {
  const consecutive = group.every((item, i) => i === 0 || item.row === group[i - 1].row + 1);
  return consecutive ? group[0].row : group.map((item, i) => (i === 0 ? item.row : item.row - group[i - 1].row));
}

export function toStored(record: UndoRecord): unknown {
  const groups = groupsOf(record.cells).map((group): StoredGroup => {
    const { before, after } = group[0].cell;
    return [
      columnLetter(group[0].column),
      rowsOf(group),
      group.map((item) => item.cell.before.value),
      group.map((item) => item.cell.after.key).join(""),
      [before.numberFormat, after.numberFormat],
      [before.font, after.font],
    ];
  });
  return { v: 2, id: record.id, sheet: record.sheet, at: record.at, groups };
}

function pairOf(value: unknown): Pair | null {
  return Array.isArray(value) && value.length === 2 && textOrNull(value[0]) && textOrNull(value[1])
    ? [value[0], value[1]]
    : null;
}

function rowsFrom(rows: unknown, count: number): number[] | null {
  if (typeof rows === "number") return Array.from({ length: count }, (_, i) => rows + i);
  if (!Array.isArray(rows) || rows.length !== count || !rows.every((n) => Number.isInteger(n))) return null;
  let row = 0;
  return (rows as number[]).map((step) => (row += step));
}

function groupCells(group: unknown): UndoCell[] | null {
  if (!Array.isArray(group) || group.length !== 6) return null;
  const [column, rows, befores, keys, formats, fonts] = group as unknown[];
  const col = typeof column === "string" ? parseA1(`${column}1`)?.column : undefined;
  const format = pairOf(formats);
  const font = pairOf(fonts);
  if (col === undefined || Number.isNaN(col) || !Array.isArray(befores) || typeof keys !== "string") return null;
  const list = rowsFrom(rows, befores.length);
  if (list === null || format === null || font === null || keys.length !== befores.length * VALUE_KEY_LENGTH)
    return null;
  const cells: UndoCell[] = [];
  for (const [i, value] of befores.entries()) {
    if (!isCellValue(value)) return null;
    cells.push({
      address: a1(list[i], col),
      before: { value, numberFormat: format[0], font: font[0] },
      after: {
        key: keys.slice(i * VALUE_KEY_LENGTH, (i + 1) * VALUE_KEY_LENGTH),
        numberFormat: format[1],
        font: font[1],
      },
    });
  }
  return cells;
}

function cellV1(cell: unknown): UndoCell | null {
  if (!Array.isArray(cell) || cell.length !== 7 || typeof cell[0] !== "string") return null;
  const [address, value, numberFormat, font, after, afterFormat, afterFont] = cell as StoredCellV1;
  if (!isCellValue(value) || !isCellValue(after)) return null;
  if (![numberFormat, font, afterFormat, afterFont].every(textOrNull)) return null;
  return {
    address,
    before: { value, numberFormat, font },
    after: { key: valueKey(after), numberFormat: afterFormat, font: afterFont },
  };
}

/** The record back from its stored form; null when anything in it has the wrong shape (files can be edited by anyone). */
export function fromStored(value: unknown): UndoRecord | null {
  if (typeof value !== "object" || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.id !== "string" || typeof r.sheet !== "string" || typeof r.at !== "string") return null;
  const cells: UndoCell[] = [];
  if (r.v === 2 && Array.isArray(r.groups)) {
    for (const group of r.groups as unknown[]) {
      const found = groupCells(group);
      if (found === null) return null;
      cells.push(...found);
    }
  } else if (Array.isArray(r.cells)) {
    for (const cell of r.cells as unknown[]) {
      const found = cellV1(cell);
      if (found === null) return null;
      cells.push(found);
    }
  } else return null;
  return { id: r.id, sheet: r.sheet, at: r.at, cells };
}
