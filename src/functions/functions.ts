/*
 * The CADRE custom functions. Each is a thin wrapper: the JSDoc below is the metadata Excel shows
 * (read by the metadata plugin, which also registers each function), the work is in src/core, and
 * the cell-by-cell reading, spilling and errors are in the helpers beside this file.
 *
 * Arguments typed `unknown[][]` accept a single value or a range: Excel passes a single value as a
 * 1×1 range, and a 1×1 result shows as a single value. `unknown` (and a union in `Array<Array<…>>`)
 * is what the metadata generator turns into Excel's "any" type without an explicit `any`.
 */
import { planGap as gap, planPct as pct } from "../core/plan";
import { CellError } from "./cell-error";
import { ageCell, retirementCell, yearsLeftCell } from "./date-cells";
import { asMatrix } from "./broadcast";
import { inputError, withoutErrors } from "./input-error";
import { planCell, rotatedCount, statusCell } from "./plan-cells";
import { readLanguage } from "./read-cell";
import { forecastCell } from "./forecast-cell";
import { spill } from "./spill";
import { countMatches, keyCell, keyCounts, unicodeCell } from "./text-cells";
import { toExcelError } from "./to-excel";

/**
 * Share of the plan reached: actual ÷ target, as a fraction (format the cell as %): 30 of 10 is 300%.
 * @customfunction PLAN_PCT
 * @param actual Number achieved (sent, trained, rotated): a number or a range. A blank counts as 0.
 * @param target Planned number (chỉ tiêu): a number or a range. 0 or blank gives #DIV/0!.
 * @returns actual ÷ target, one result per cell when given ranges.
 */
export function planPct(actual: unknown[][], target: unknown[][]): Array<Array<number | CustomFunctions.Error>> {
  return spill([actual, target], ([a, t]) => planCell(a, t, pct));
}

/**
 * Rotation ratio: cadres rotated ÷ quota. A range of roster cells counts each marked cell (x, có, TRUE, 1, a date) as one cadre.
 * @customfunction ROTATION_RATIO
 * @param rotated Number of cadres rotated, or a range of roster cells where each mark is one rotated cadre. Blank, 0, "không" and "-" are not marks.
 * @param quota Planned number of rotations: a number or a range. 0 or blank gives #DIV/0!.
 * @returns rotated ÷ quota, as a fraction (format the cell as %).
 */
export function rotationRatio(rotated: unknown[][], quota: unknown[][]): Array<Array<number | CustomFunctions.Error>> {
  const marks = asMatrix(rotated);
  // A lone error cell is passed on; in a range of marks, an error is no mark.
  const lone = marks.length === 1 && marks[0].length === 1 ? inputError(marks[0][0]) : null;
  const count = lone ?? rotatedCount(withoutErrors(marks));
  return spill([quota], ([q]) => (count instanceof CellError ? count : planCell(count, q, pct)));
}

/**
 * Plan status: "Vượt kế hoạch" above 100%, "Đạt kế hoạch" at 100%, "Chưa đạt kế hoạch" below.
 * @customfunction PLAN_STATUS
 * @param actual Number achieved: a number or a range. A blank counts as 0.
 * @param target Planned number: a number or a range. 0 or blank gives #DIV/0!.
 * @param [language] "vi" (the default) or "en" for "Exceeded" / "Met" / "Not met".
 * @returns The status, one per cell when given ranges.
 */
export function planStatus(
  actual: unknown[][],
  target: unknown[][],
  language?: unknown,
): Array<Array<string | CustomFunctions.Error>> {
  const lang = inputError(language) ?? readLanguage(language);
  if (lang instanceof CellError) return [[toExcelError(lang)]];
  return spill([actual, target], ([a, t]) => statusCell(a, t, lang));
}

/**
 * How many are still needed to meet the plan: target − actual, or 0 when the plan is met.
 * @customfunction PLAN_GAP
 * @param actual Number achieved: a number or a range. A blank counts as 0.
 * @param target Planned number: a number or a range. 0 or blank gives #DIV/0!.
 * @returns The shortfall, one per cell when given ranges.
 */
export function planGap(actual: unknown[][], target: unknown[][]): Array<Array<number | CustomFunctions.Error>> {
  return spill([actual, target], ([a, t]) => planCell(a, t, gap));
}

/**
 * Forecast for the end of the term: the share of the target reached by the end if the pace so far holds (actual carried on in a straight line from the term's start to its end). Format the cell as %; below 100% the target will be missed.
 * @customfunction PLAN_FORECAST
 * @volatile
 * @param actual Number achieved so far: a number or a range. A blank counts as 0.
 * @param target Target for the whole term: a number or a range. 0 or blank gives #DIV/0!.
 * @param start Start of the term: a date, text "dd/mm/yyyy" or a year (1 January).
 * @param end End of the term: a date, text "dd/mm/yyyy" or a year (31 December). An end before the start gives #NUM!.
 * @param [asOf] The date the actual was counted at, e.g. the latest decision's date; blank for today. Before the start gives #NUM!.
 * @returns The projected share of target, one per cell when given ranges; the share reached once the term is over.
 */
export function planForecast(
  actual: unknown[][],
  target: unknown[][],
  start: unknown[][],
  end: unknown[][],
  asOf?: unknown[][],
): Array<Array<number | CustomFunctions.Error>> {
  // Volatile (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile): a blank as-of
  // date means today, so Excel must recalculate it on another day rather than keep the day it was entered.
  const now = new Date();
  const today = { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
  return spill([actual, target, start, end, asOf ?? null], ([a, t, s, e, d]) => forecastCell(a, t, s, e, d, today));
}

/**
 * Age in completed years at a date.
 * @customfunction AGE
 * @param birth Date of birth: an Excel date, text "dd/mm/yyyy", or a year (a whole number 1900–2100 is a year, counted as 1 January). A range gives one age per cell.
 * @param asOf The date to count the age at, e.g. TODAY() or a decision date.
 * @returns Completed years; blank for a blank birth date; #NUM! when birth is after asOf.
 */
export function age(birth: unknown[][], asOf: unknown[][]): Array<Array<number | string | CustomFunctions.Error>> {
  return spill([birth, asOf], ([b, d]) => ageCell(b, d));
}

/**
 * Retirement date under Nghị định 135/2020: the last day of the month in which the retirement age is reached. Format the cell as a date.
 * @customfunction RETIREMENT_DATE
 * @param birth Date of birth: an Excel date, text "dd/mm/yyyy", or a year (1900–2100, counted as 1 January). A range gives one date per cell.
 * @param gender "Nam" or "Nữ" (also M/F, male/female, any case): a value or a range.
 * @returns The retirement date as an Excel date; blank for a blank birth date.
 */
export function retirementDateOf(
  birth: unknown[][],
  gender: unknown[][],
): Array<Array<number | string | CustomFunctions.Error>> {
  return spill([birth, gender], ([b, g]) => retirementCell(b, g));
}

/**
 * Working time left before retirement, in years (calendar months ÷ 12); 0 once retired.
 * @customfunction YEARS_TO_RETIREMENT
 * @param birth Date of birth: an Excel date, text "dd/mm/yyyy", or a year (1900–2100, counted as 1 January). A range gives one result per cell.
 * @param gender "Nam" or "Nữ" (also M/F, male/female, any case): a value or a range.
 * @param asOf The date to count from, e.g. TODAY() or a rotation date.
 * @returns Years left, with a fraction; blank for a blank birth date.
 */
export function yearsToRetirementOf(
  birth: unknown[][],
  gender: unknown[][],
  asOf: unknown[][],
): Array<Array<number | string | CustomFunctions.Error>> {
  return spill([birth, gender, asOf], ([b, g, d]) => yearsLeftCell(b, g, d));
}

/**
 * Converts Vietnamese text typed in TCVN3 (ABC) or VNI-Windows to Unicode; Unicode text comes back unchanged (normalised to NFC).
 * @customfunction VN_UNICODE
 * @param text Text or a range of text, e.g. "NguyÔn V¨n A" or "Nguyeãn Vaên A".
 * @returns The text in Unicode, one result per cell; numbers come back as they are.
 */
export function vnUnicode(text: unknown[][]): Array<Array<string | number | boolean | CustomFunctions.Error>> {
  return spill([text], ([t]) => unicodeCell(t));
}

/**
 * Matching key for a Vietnamese name: Unicode NFC, lower case, single spaces, tone placement and y/i (sỹ/sĩ) folded, so two spellings of one name give one key.
 * @customfunction VN_KEY
 * @param text Text or a range of text.
 * @returns The key, one per cell.
 */
export function vnKeyOf(text: unknown[][]): Array<Array<string | CustomFunctions.Error>> {
  return spill([text], ([t]) => keyCell(t));
}

/**
 * Counts the cells of a range that match a value by VN_KEY: a COUNTIF that ignores case, extra spaces and how the Vietnamese letters are encoded.
 * @customfunction COUNT_MATCH
 * @param range The cells to count in, e.g. a column of names.
 * @param value The value to look for, or a range of values (one count each).
 * @returns The number of matching cells.
 */
export function countMatch(range: unknown[][], value: unknown[][]): Array<Array<number | CustomFunctions.Error>> {
  const counts = keyCounts(withoutErrors(asMatrix(range)));
  return spill([value], ([v]) => countMatches(counts, v));
}
