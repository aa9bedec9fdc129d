type Kind = "value" | "na" | "div0" | "num" | "null" | "name" | "ref";

/**
 * An Excel error as data. The helpers produce these; only `toExcel` turns them into the runtime's
 * CustomFunctions.Error, so everything but the last step runs (and is tested) without Excel.
 * Excel shows a message only on #VALUE! and #N/A, so only those two carry one.
 */
export class CellError {
  private constructor(
    readonly kind: Kind,
    readonly message?: string,
  ) {}

  static value(message: string): CellError {
    return new CellError("value", message);
  }

  static notAvailable(message: string): CellError {
    return new CellError("na", message);
  }

  static readonly divByZero = new CellError("div0");
  static readonly badNumber = new CellError("num");

  /** An error an argument cell already holds, passed on as it is: Excel's own functions do the same. */
  static passedOn(kind: Kind): CellError {
    return new CellError(kind);
  }
}

/** A cell's result: a value or an error. */
export type Cell<T> = T | CellError;
