import { type Cell, CellError } from "./cell-error";

const CODES = {
  value: "invalidValue",
  na: "notAvailable",
  div0: "divisionByZero",
  num: "invalidNumber",
  null: "nullReference",
  name: "invalidName",
  ref: "invalidReference",
} as const;

/** Reads the `CustomFunctions` global at call time: Excel provides it in the functions runtime, tests provide a stand-in. */
export function toExcelError(error: CellError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[CODES[error.kind]];
  return error.message === undefined ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, error.message);
}

export function toExcel<T>(cells: Cell<T>[][]): (T | CustomFunctions.Error)[][] {
  return cells.map((row) => row.map((cell) => (cell instanceof CellError ? toExcelError(cell) : cell)));
}
