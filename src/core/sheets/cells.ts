import { ymdToSerial } from "../dates/serial";
import type { YMD } from "../dates/ymd";
import type { CellLink, CellResult, CellStyle, SheetCell } from "./types";

/** Excel keeps at most this many characters in a cell. */
const CELL_TEXT_LIMIT = 32_767;
/** Control characters other than tab and line breaks, and U+FFFE/U+FFFF: an .xlsx holding one cannot be opened. */
const NOT_XML = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]/gu;

export const DATE_FORMAT = "dd/mm/yyyy";
export const PERCENT_FORMAT = "0%";
/** A year alone in a date column: a plain whole number, never a date. */
export const YEAR_FORMAT = "0";

/** Text as a cell can hold it: characters no workbook file can store dropped, cut at Excel's cell limit. */
export function cellText(value: string): string {
  return value.replace(NOT_XML, "").slice(0, CELL_TEXT_LIMIT);
}

/** Text written as text (copied from rosters, file names, labels); an empty text is an empty cell. */
export function textCell(value: string, style?: CellStyle): SheetCell | null {
  const kept = cellText(value);
  if (kept === "") return null;
  return style ? { value: kept, text: true, style } : { value: kept, text: true };
}

export function numberCell(value: number, numberFormat?: string): SheetCell {
  return numberFormat ? { value, numberFormat } : { value };
}

/** A real date, shown dd/mm/yyyy; or, when the roster gave a year alone, that year as a number. */
export function birthCell(birth: YMD | null, yearOnly: boolean): SheetCell | null {
  if (birth === null) return null;
  return yearOnly ? numberCell(birth.y, YEAR_FORMAT) : numberCell(ymdToSerial(birth), DATE_FORMAT);
}

/** A formula and the result the core computed for it, so a file reads right before any recalculation. */
export function formulaCell(formula: string, result: CellResult, numberFormat?: string): SheetCell {
  return numberFormat ? { value: result, formula, numberFormat } : { value: result, formula };
}

/** A link to a cell of this workbook, showing `label` as text. */
export function linkCell(label: string, link: CellLink): SheetCell {
  return { value: cellText(label), text: true, link };
}

/** Formula texts quote labels: a double quote inside doubles. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The same cells with a style added to each non-empty one (a header row, a title). */
export function styled(cells: readonly (SheetCell | null)[], style: CellStyle): (SheetCell | null)[] {
  return cells.map((cell) => (cell === null ? null : { ...cell, style: { ...cell.style, ...style } }));
}
