import type { CellResult } from "../../../src/core/sheets";

/**
 * Tests only: a written sheet as both writers' results can be read back and compared: each cell's shown
 * value (a formula's result), its formula, number format, look and link, and the sheet's layout. Colours are
 * "#RRGGBB"; areas are A1 ranges. A link cell keeps its target and shown text only: Excel gets a real link
 * where it can, a file gets a HYPERLINK formula.
 */
export interface ReadCell {
  value: CellResult;
  formula: string | null;
  numberFormat: string | null;
  bold: boolean;
  italic: boolean;
  fill: string | null;
  color: string | null;
  wrap: boolean;
  horizontal: string | null;
  vertical: string | null;
  link: string | null;
}

export interface ReadRule {
  area: string;
  formula: string;
  fill: string | null;
  color: string | null;
}

export interface ReadSheet {
  name: string;
  cells: Record<string, ReadCell>;
  merges: string[];
  frozenRows: number;
  /** Points, by column letters. */
  widths: Record<string, number>;
  /** Points, by row number. */
  heights: Record<number, number>;
  autoFilter: string | null;
  /** Top priority first. */
  rules: ReadRule[];
}

const HYPERLINK = /^=HYPERLINK\("#((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/i;

/** A cell read back, a HYPERLINK formula turned into its link so both writers' links compare. */
export function readCell(cell: Omit<ReadCell, "link"> & { link?: string | null }): ReadCell {
  const value = cell.value === "" ? null : cell.value;
  const match = cell.formula ? HYPERLINK.exec(cell.formula) : null;
  if (match) return { ...cell, value, formula: null, numberFormat: null, link: match[1].replace(/""/g, '"') };
  if (cell.link) return { ...cell, value, numberFormat: null, link: cell.link };
  return { ...cell, value, link: null };
}
