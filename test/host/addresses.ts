import type { Rect } from "./model";

/** Excel's grid: the largest row and column a range can reach. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** "B3" → { row: 2, col: 1 }; null when not a cell reference. */
function parseCell(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!m) return null;
  const cell = { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  return cell.row >= 0 && cell.row < MAX_ROWS && cell.col < MAX_COLUMNS ? cell : null;
}

/** "B3", "B3:D9" or "Sheet1!B3:D9" (the sheet part is ignored) → 0-based rectangle; null when malformed. */
export function parseRect(address: string): Rect | null {
  const local = address.slice(address.lastIndexOf("!") + 1).trim();
  const [first, second, extra] = local.split(":");
  if (extra !== undefined) return null;
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rectA1(rect: Rect): string {
  const first = `${columnLetters(rect.left)}${rect.top + 1}`;
  const last = `${columnLetters(rect.right)}${rect.bottom + 1}`;
  return first === last ? first : `${first}:${last}`;
}

/** Excel quotes a sheet name in an address unless it is a plain word that cannot be read as a cell. */
export function qualify(sheetName: string, rect: Rect): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName) && parseCell(sheetName) === null;
  return `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${rectA1(rect)}`;
}
