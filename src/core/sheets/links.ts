import { quoted } from "./cells";
import type { CellLink } from "./types";

/** A sheet name as formulas and links quote it: always in single quotes, quotes inside doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The cell a link points at, as Excel writes a reference: 'Danh sách'!B7. */
export function linkReference(link: CellLink): string {
  return `${quoteSheet(link.sheet)}!${link.cell.replace(/\$/g, "")}`;
}

/**
 * A HYPERLINK formula to a cell of this workbook, for writers without a native link. The sheet name is the
 * only text from a workbook in it: quoted as a sheet name, then with its double quotes doubled inside the
 * string literal, so no name can end the literal and add formula text of its own.
 */
export function hyperlinkFormula(link: CellLink, label: string): string {
  return `=HYPERLINK(${quoted(`#${linkReference(link)}`)},${quoted(label)})`;
}
