/** Column letters for a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 1-based column number for letters: "A" → 1, "aa" → 27; NaN for anything else. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return NaN;
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** A1 address for 1-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Parses "B12" (optionally "$B$12") into 1-based row and column; null when not an address. */
export function parseA1(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}
