import type { FileProblem } from "../core/files";
import type { Limits } from "./limits";

/** Thrown to stop reading a workbook the moment it breaks a limit or turns out damaged; carries why. */
export class FileRefused extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
  }
}

/** A part's name as a message may show it: the file chooses it, so only its printable characters, and not too many. */
export function partLabel(name: string): string {
  const label = name.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, "?");
  return label.length > 80 ? `${label.slice(0, 80)}…` : label;
}

/** What one workbook's reading has spent so far, against its limits: each call throws FileRefused once one is passed. */
export class ReadBudget {
  private inflated = 0;
  private cells = 0;
  private merges = 0;
  private usedRangeCells = 0;
  private sheetRowCells = 0;
  private readonly started = performance.now();

  constructor(readonly limits: Limits) {}

  /** `bytes` more of `part` inflated, `partBytes` of it so far. */
  inflate(part: string, bytes: number, partBytes: number): void {
    this.inflated += bytes;
    if (partBytes > this.limits.maxPartBytes)
      throw new FileRefused({ code: "part-too-large", part: partLabel(part), limit: this.limits.maxPartBytes });
    if (this.inflated > this.limits.maxUnzippedBytes)
      throw new FileRefused({ code: "too-large-unzipped", limit: this.limits.maxUnzippedBytes });
    this.clock();
  }

  /** One more cell holding something: there cannot be more of those than cells in the used ranges. */
  cell(): void {
    if (++this.cells > this.limits.maxCells)
      throw new FileRefused({ code: "too-many-cells", cells: null, limit: this.limits.maxCells });
  }

  /**
   * `cells` more cells of the rows of the sheet being read, each row from its first cell holding something
   * to its last: they lie in the sheet's used range, so with the used ranges of the sheets before they
   * cannot pass the cell limit.
   */
  rowCells(cells: number): void {
    this.sheetRowCells += cells;
    const total = this.usedRangeCells + this.sheetRowCells;
    if (total > this.limits.maxCells)
      throw new FileRefused({ code: "too-many-cells", cells: total, limit: this.limits.maxCells });
  }

  /** A sheet's used range, `cells` cells: the ranges of all the sheets together are held to the cell limit. */
  usedCells(cells: number): void {
    this.usedRangeCells += cells;
    this.sheetRowCells = 0;
    if (this.usedRangeCells > this.limits.maxCells)
      throw new FileRefused({ code: "too-many-cells", cells: this.usedRangeCells, limit: this.limits.maxCells });
  }

  merge(): void {
    if (++this.merges > this.limits.maxMerges)
      throw new FileRefused({ code: "too-many-merges", limit: this.limits.maxMerges });
  }

  /** A list kept from `part` has grown to `entries`. */
  entries(part: string, entries: number): void {
    if (entries > this.limits.maxListEntries)
      throw new FileRefused({ code: "too-many-entries", part: partLabel(part), limit: this.limits.maxListEntries });
  }

  /** The time spent so far; checked as each piece of a part arrives. */
  clock(): void {
    if (performance.now() - this.started >= this.limits.maxReadMilliseconds)
      throw new FileRefused({ code: "too-slow", seconds: this.limits.maxReadMilliseconds / 1000 });
  }
}
