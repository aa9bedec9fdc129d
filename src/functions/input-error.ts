import type { Matrix } from "./broadcast";
import { CellError } from "./cell-error";
import { valueErrorText } from "./error-text";

/** Excel's error texts, and the errors a custom function can give back for them. */
const PASSED_ON: Readonly<Record<string, Parameters<typeof CellError.passedOn>[0]>> = {
  "#VALUE!": "value",
  "#N/A": "na",
  "#DIV/0!": "div0",
  "#NUM!": "num",
  "#NULL!": "null",
  "#NAME?": "name",
  "#REF!": "ref",
};

/**
 * The error an argument cell holds, or null. With `allowErrorForDataTypeAny` in the functions' metadata,
 * Excel passes an error cell of an `any` argument instead of failing the whole call, as a
 * CustomFunctions.Error whose `code` is the error's text, "#DIV/0!" …
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs).
 * A custom function can give back only Excel's classic errors; any other (#SPILL!, #CALC!) becomes #VALUE!
 * naming it.
 */
export function inputError(value: unknown): CellError | null {
  if (typeof value !== "object" || value === null) return null;
  const code = (value as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("#")) return null;
  const kind = PASSED_ON[code];
  return kind ? CellError.passedOn(kind) : CellError.value(valueErrorText("errorInput", code));
}

/** A range counted over, its error cells left out: like COUNTIF, an error matches nothing. */
export function withoutErrors(range: Matrix): Matrix {
  return range.map((row) => row.map((cell) => (inputError(cell) ? null : cell)));
}
