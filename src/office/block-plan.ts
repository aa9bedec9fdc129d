/**
 * How many rows to read per request. Excel on the web rejects a response over 5 MB and a read of more
 * than 5,000,000 cells, so the used range is read in blocks whose estimated response stays near half that.
 */
export const RESPONSE_BUDGET_BYTES = 2_500_000;
export const MAX_BLOCK_ROWS = 20_000;
export const MAX_BLOCK_CELLS = 5_000_000;

/**
 * Bytes per cell assumed before anything is measured, from rosters: the value (names, units, dates),
 * its number format and value type ("General", "String") and, with fonts, `{"format":{"font":{"name":"Times New Roman"}}}`.
 */
export function guessBytesPerCell(withFonts: boolean): number {
  return withFonts ? 90 : 40;
}

export function blockRows(columns: number, bytesPerCell: number): number {
  const cols = Math.max(columns, 1);
  const byBytes = Math.floor(RESPONSE_BUDGET_BYTES / (cols * bytesPerCell));
  return Math.max(1, Math.min(byBytes, MAX_BLOCK_ROWS, Math.floor(MAX_BLOCK_CELLS / cols)));
}

/**
 * The estimate for the next block after one was measured: never below the first guess (a sparse block
 * says nothing about the next), raised when the texts turned out longer. The budget keeps the margin.
 */
export function nextBytesPerCell(guess: number, measuredBytes: number, cells: number): number {
  return Math.max(guess, Math.ceil(measuredBytes / Math.max(cells, 1)));
}
