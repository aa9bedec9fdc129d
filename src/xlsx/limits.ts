/**
 * How much one workbook may hold, and take, before the command refuses it. The sizes keep one oversized
 * or hostile file (a zip bomb) from being read at all; the memory and time limits are those of the worker
 * thread each file is read and checked in, so a file that gets past the sizes still cannot stall a batch.
 */
export interface Limits {
  /** Size of the .xlsx file on disk. */
  maxFileBytes: number;
  /** Size of its contents once unzipped. */
  maxUnzippedBytes: number;
  /** Cells in the used ranges of all its sheets together. */
  maxCells: number;
  /** Memory (JavaScript heap) of the worker reading and checking one file, in megabytes. */
  maxMemoryMb: number;
  /** Time to read and check one file, in seconds. */
  maxSeconds: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 500 * 1024 * 1024,
  maxCells: 2_000_000,
  maxMemoryMb: 2048,
  maxSeconds: 300,
});
