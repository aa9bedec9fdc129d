/**
 * How much one workbook may hold, and take, before the command refuses it. The sizes are checked while the
 * file is read, so that one oversized or hostile file (a zip bomb, millions of cells in a small file) is refused
 * in moments, with little memory; the memory and time limits are those of the worker thread each file is read
 * and checked in, so a file that gets past the sizes still cannot stall a batch. docs/limits.md lists them.
 */
export interface Limits {
  /** Size of the .xlsx file on disk. */
  maxFileBytes: number;
  /** The parts read, inflated, all together: counted as they inflate, never taken from the zip's headers. */
  maxUnzippedBytes: number;
  /** One part inflated (a sheet, the shared strings). */
  maxPartBytes: number;
  /** Cells in the used ranges of all its sheets together. */
  maxCells: number;
  /** Entries in the shared-string table. */
  maxSharedStrings: number;
  /** Characters of all the shared strings together. */
  maxSharedStringChars: number;
  /** Elements nested inside one another in any part. */
  maxXmlDepth: number;
  /**
   * Entries of one list kept from one part: styles, fonts, number formats, relationships, sheets, a sheet's
   * tables (Excel itself holds at most 64,000 styles).
   */
  maxListEntries: number;
  /** Merged ranges in all its sheets together. */
  maxMerges: number;
  /** Time spent reading one workbook, in milliseconds. */
  maxReadMilliseconds: number;
  /** Memory (JavaScript heap) of the worker reading and checking one file, in megabytes. */
  maxMemoryMb: number;
  /** Time to read and check one file, in seconds. */
  maxSeconds: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 500 * 1024 * 1024,
  maxPartBytes: 256 * 1024 * 1024,
  maxCells: 2_000_000,
  maxSharedStrings: 2_000_000,
  maxSharedStringChars: 50_000_000,
  maxXmlDepth: 64,
  maxListEntries: 100_000,
  maxMerges: 20_000,
  maxReadMilliseconds: 30_000,
  maxMemoryMb: 2048,
  maxSeconds: 300,
});
