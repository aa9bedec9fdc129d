/**
 * How much one workbook may hold before the command refuses it. exceljs reads a whole file into
 * memory, so these keep one oversized or hostile file (a zip bomb) from stalling a whole folder's check.
 */
export interface Limits {
  /** Size of the .xlsx file on disk. */
  maxFileBytes: number;
  /** Size of its contents once unzipped. */
  maxUnzippedBytes: number;
  /** Cells in the used ranges of all its sheets together. */
  maxCells: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 500 * 1024 * 1024,
  maxCells: 2_000_000,
});
