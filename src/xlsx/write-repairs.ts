import { ValueType, type Cell, type CellValue as ExcelValue, type Font, type Worksheet } from "exceljs";
import type { Repair } from "../core/repair";

/** Why a planned repair was not written: a formula's result is not the formula, and a link cannot show a date. */
export type SkipReason = "formula" | "link";

/** The cell's font, or its first rich-text run's: the size, weight and colour the repaired text keeps. */
function baseFont(cell: Cell): Partial<Font> {
  if (cell.style.font) return cell.style.font;
  const value = cell.value;
  if (value !== null && typeof value === "object" && "richText" in value)
    return value.richText.find((run) => run.font)?.font ?? {};
  return {};
}

function isLink(value: ExcelValue): value is { text: string; hyperlink: string; tooltip?: string } {
  return value !== null && typeof value === "object" && "hyperlink" in value;
}

/**
 * Writes one repair into its cell, keeping the cell's formatting: only the number format or the font
 * name the repair asks for change (a legacy font's theme scheme and character set go with its name).
 * A link keeps its target. Strings are written as strings: exceljs never turns "=…" text into a formula.
 */
export function writeRepair(sheet: Worksheet, repair: Repair): SkipReason | null {
  const cell = sheet.getCell(repair.row, repair.col);
  if (cell.type === ValueType.Formula) return "formula";
  const value = cell.value;
  if (isLink(value) && typeof repair.after !== "string") return "link";
  // exceljs shares one style object among the cells of one style: this cell gets its own copy first.
  const style = { ...cell.style };
  if (repair.numberFormat !== undefined) style.numFmt = repair.numberFormat;
  if (repair.font !== undefined) {
    const font: Partial<Font> = { ...baseFont(cell), name: repair.font, family: 1 };
    delete font.scheme;
    delete font.charset;
    style.font = font;
  }
  cell.value = isLink(value) ? { ...value, text: String(repair.after) } : repair.after;
  cell.style = style;
  return null;
}
