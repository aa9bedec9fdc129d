import type { CellValue } from "../grid/types";

/** Characters of a key: 7 base-36 digits hold the 32 bits of FNV-1a. */
export const VALUE_KEY_LENGTH = 7;

/**
 * A short fingerprint of a cell value (32-bit FNV-1a over its type and text), stored in undo records
 * instead of the value the repair wrote: undo only needs to tell whether a cell still holds it, and a
 * fingerprint takes a few bytes where the value takes its length twice over in the file. Two different
 * values share a key once in about four billion.
 */
export function valueKey(value: CellValue): string {
  const text =
    value === null
      ? "0"
      : typeof value === "object"
        ? `e${value.error}`
        : `${typeof value === "string" ? "s" : typeof value === "number" ? "n" : "b"}${String(value)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(VALUE_KEY_LENGTH, "0");
}
