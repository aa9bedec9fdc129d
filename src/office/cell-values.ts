import type { CellValue } from "../core/grid/types";

/**
 * A value as the engine takes it, from what `values` and `valueTypes` give: empty cells come as ""
 * (type "Empty"), errors as their text ("#REF!", type "Error"). Dates stay serial numbers;
 * anything else (a rich value) is left out.
 */
export function toCellValue(value: unknown, type: string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/** A number format or font name, null when the host gave none. */
export function toText(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
