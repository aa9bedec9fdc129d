import type { Tone } from "../colours";

/**
 * A sheet the product writes, as plain data: what both writers (src/office/write-sheet.ts through Office.js,
 * src/xlsx/write-sheet.ts through exceljs) put into a worksheet. Rows and columns are Excel's, 1-based,
 * wherever a number names one; `rows[0]` is row 1.
 */
export interface SheetDescription {
  name: string;
  rows: readonly SheetRow[];
  /**
   * Column widths as a file stores them (characters of the default font's widest digit, padding included),
   * column A first; null keeps the default. exceljs leaves out a width of exactly 9, its own default.
   */
  widths?: readonly (number | null)[];
  /** Row heights in points, by row number, for rows whose wrapped text needs more than one line. */
  heights?: Readonly<Record<number, number>>;
  merges?: readonly SheetArea[];
  /** Rows kept in view while scrolling (the title and header above the data). */
  frozenRows?: number;
  /** Filter buttons on the header row of this area (header row first). */
  autoFilter?: SheetArea;
  /** Conditional formats, the first on top: where two apply to a cell, the first one's colours show. */
  conditionalFormats?: readonly ConditionalRule[];
  /**
   * Charts only Excel can draw: the task pane adds them through Office.js; a file written by exceljs (the CLI)
   * has their data cells but no chart, as exceljs writes no charts.
   */
  charts?: readonly ChartDescription[];
}

/** One row's cells, column A first; null is an empty cell, and a short row leaves the rest empty. */
export type SheetRow = readonly (SheetCell | null)[];

/** What a cell holds: a value, or a formula with the result the core computed for it. */
export type CellResult = string | number | boolean | null;

export interface SheetCell {
  /** The value; for a formula cell, its result as computed in the core (saved with the formula in a file). */
  value: CellResult;
  /** A formula in Excel's invariant (English) form with a leading "=", over cells of this sheet. */
  formula?: string;
  numberFormat?: string;
  /** Written as text ("@"): a string starting with = + - @ stays those characters and never becomes a formula. */
  text?: true;
  style?: CellStyle;
  /** A link to a cell of this workbook; the value is the text the link shows. */
  link?: CellLink;
}

export interface CellStyle {
  bold?: true;
  italic?: true;
  /** Fill and text colour of one of the product's tones (src/core/colours.ts). */
  tone?: Tone;
  wrap?: true;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
}

export interface CellLink {
  sheet: string;
  /** A1 address of the cell linked to. */
  cell: string;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface SheetArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A conditional format: `formula` is written for the area's top-left cell, with relative references that
 * Excel shifts for the other cells (`=$D5<1` over D5:D12 tests D6 on row 6).
 */
export interface ConditionalRule {
  area: SheetArea;
  formula: string;
  tone: Tone;
}

export interface ChartDescription {
  /** Clustered columns (share of plan per category), or lines (cumulative share year by year). */
  kind: "column" | "line";
  /** One series per column of `source` (labels down the first column), or per row (labels across the first row). */
  seriesBy: "columns" | "rows";
  title: string;
  /** The chart's data: series names on the first row or column, category labels on the other. */
  source: SheetArea;
  /** Where the chart sits: from the top-left cell of this area to its bottom-right cell. */
  position: SheetArea;
}
