import { compareYmd, type YMD } from "../dates";

/** Why a birth date cannot be right, or null: before 1900 (Excel's first year) or after today. */
export function birthProblem(ymd: YMD, today: YMD): "before-1900" | "future" | null {
  if (ymd.y < 1900) return "before-1900";
  return compareYmd(ymd, today) > 0 ? "future" : null;
}
