import type { CellValue } from "../grid/types";
import { isBlank } from "../grid/types";

/** Whole numbers, with "." "," or spaces between thousands as Vietnamese and English write them ("1.200"). */
const WHOLE = /^(\d+|\d{1,3}([., \u00A0]\d{3})+)$/;

/** A target cell: a whole number of cadres, null when blank, or "bad" for anything else (text, a fraction, a negative). */
export function targetNumber(value: CellValue): number | null | "bad" {
  if (isBlank(value)) return null;
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : "bad";
  if (typeof value !== "string") return "bad";
  const text = value.trim();
  return WHOLE.test(text) ? Number(text.replace(/\D/g, "")) : "bad";
}
