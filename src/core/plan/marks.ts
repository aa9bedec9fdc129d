/** Cell texts that record "not rotated": the cell is filled but says no. */
const NO_MARKS: ReadonlySet<string> = new Set(["không", "khong", "ko", "no", "-", "–", "—", "0", "false"]);

/**
 * Whether a roster cell marks one rotated cadre: TRUE, a positive number (1, or a date: Excel dates
 * are positive serials) or any text other than a "no" (so "x", "X", "có", "co", "01/03/2022" count).
 * Blank, 0, FALSE, negative numbers, "không"/"khong"/"ko"/"no"/"-" and anything else do not.
 */
export function isRotationMark(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) && value > 0;
  if (typeof value !== "string") return false;
  const text = value.normalize("NFC").trim().toLowerCase();
  if (text === "" || NO_MARKS.has(text)) return false;
  const asNumber = Number(text);
  return Number.isNaN(asNumber) || asNumber > 0;
}

/** The number of rotated cadres a range of roster cells marks. */
export function countRotationMarks(values: readonly (readonly unknown[])[]): number {
  return values.reduce((total, row) => total + row.filter(isRotationMark).length, 0);
}
