import type { Cell, CellValue as ExcelValue, RichText } from "exceljs";
import type { CellValue } from "../core/grid/types";

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_1970 = 25569;

/**
 * exceljs turns a date-formatted number into a UTC Date by this same linear formula, so inverting it
 * gives back the serial stored in the file exactly (whatever the machine's time zone, and even for
 * Excel's phantom 29/02/1900 and 1904-based workbooks, which exceljs has already shifted).
 */
export function dateToSerial(date: Date): number | null {
  const ms = date.getTime();
  return Number.isNaN(ms) ? null : SERIAL_OF_1970 + ms / MS_PER_DAY;
}

function joinRuns(runs: readonly RichText[]): string {
  let text = "";
  for (const run of runs) text += run.text;
  return text;
}

/**
 * What the cell shows, as the engine takes it: rich text joined, a formula's cached result
 * (null when the file holds none), a hyperlink's text, a date as its serial, an error as {error}.
 */
export function toCellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return joinRuns(value.richText);
  if ("formula" in value || "sharedFormula" in value) return toCellValue(value.result);
  // A hyperlink's text is itself rich text when the link was styled run by run.
  if ("hyperlink" in value) return toCellValue(value.text as ExcelValue);
  return null;
}

/** The cell's font, or that of its first rich-text run: legacy-encoded text is often pasted as runs. */
export function fontName(cell: Cell, value: ExcelValue): string | null {
  const name = cell.font?.name;
  if (name) return name;
  if (value !== null && typeof value === "object" && "richText" in value) {
    return value.richText.find((run) => run.font?.name)?.font?.name ?? null;
  }
  return null;
}
