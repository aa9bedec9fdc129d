/**
 * A layer of the grid (number formats, fonts) made row by row. Its rows nearly always repeat the row
 * above, so a row equal to the last one kept shares that row's array rather than holding a copy: the
 * engine and the repairs only read the layers (repairs copy a row before writing to it).
 */
export class SharedRows<T> {
  readonly rows: T[][];
  private readonly next: T[];
  private last: T[];

  constructor(
    height: number,
    width: number,
    private readonly blank: T,
  ) {
    this.last = new Array<T>(width).fill(blank);
    this.rows = new Array<T[]>(height).fill(this.last);
    this.next = this.last.slice();
  }

  set(c: number, value: T): void {
    this.next[c] = value;
  }

  /** Ends row r: it becomes the values set since the last row ended. */
  keep(r: number): void {
    const { next, last } = this;
    let same = true;
    for (let c = 0; c < next.length && same; c++) same = next[c] === last[c];
    if (!same) this.last = next.slice();
    this.rows[r] = this.last;
    next.fill(this.blank);
  }
}
