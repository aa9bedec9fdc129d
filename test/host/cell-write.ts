import type { FakeCell, FakeValue } from "./model";

const FORMULA_START = /^[=+\-@]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * What Excel does with a value written through `Range.values`: in a cell formatted as text ("@") a string
 * is kept as typed; elsewhere a leading apostrophe (Excel's quote prefix) keeps the rest as text, a string
 * starting with = + - @ becomes a formula and one that reads as a number becomes that number (so "0123"
 * loses its zero). A formula is calculated when its cell is read (formula.ts).
 */
export function writeValue(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  delete cell.spill;
  if (typeof input === "string" && cell.numberFormat !== "@") {
    if (input.startsWith("'")) {
      cell.value = input.length > 1 ? input.slice(1) : null;
      return;
    }
    if (input.length > 1 && FORMULA_START.test(input)) {
      cell.formula = input.startsWith("=") ? input : `=${input}`;
      cell.value = null;
      return;
    }
    if (NUMBER.test(input.trim())) {
      cell.value = Number(input.trim());
      return;
    }
  }
  cell.value = input === "" || input === undefined ? null : (input as FakeValue);
}

/** `Range.formulas`: a string starting with "=" is a formula whatever the format; anything else is a value. */
export function writeFormula(cell: FakeCell, input: unknown): void {
  if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
    cell.formula = input;
    cell.value = null;
    delete cell.spill;
    return;
  }
  writeValue(cell, input);
}

/** `valueTypes` as Excel reports them. */
export function valueType(value: FakeValue): string {
  if (value === null || value === "") return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** `values` as Excel returns them: "" for an empty cell, the error text for an error. */
export function readValue(value: FakeValue): string | number | boolean {
  if (value === null) return "";
  return typeof value === "object" ? value.error : value;
}
