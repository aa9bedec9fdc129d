import type { RuleId } from "../../src/core/report/types";

/** A date cell: a real Excel date, shown dd/mm/yyyy. */
export interface DateCell {
  date: readonly [number, number, number];
}

/** Text in a given font (TCVN3 and VNI text only reads right in its own font). */
export interface FontCell {
  text: string;
  font: string;
}

export interface ErrorCell {
  error: "#REF!" | "#N/A" | "#VALUE!" | "#DIV/0!";
  formula: string;
}

export type SampleValue = string | number | null | DateCell | FontCell | ErrorCell;

export interface ColumnSpec {
  key: string;
  /** The header text; for a column under a merged parent, the sub-header ("Nam", "Từ", "Số"). */
  header: string;
  parent?: string;
  width: number;
}

/** A mistake put into a sample on purpose, and the finding the check must report for it. */
export interface Planted {
  rule: RuleId;
  /** The data row (0-based among the sheet's rows) and the column key (or stray key) the finding points at. */
  row: number;
  column: string;
  /** The correction the check should propose, where the rule proposes one. */
  fix?: string;
  vi: string;
  en: string;
}

export interface Letterhead {
  /** The issuing body, two lines ("UBND TỈNH CAO BẰNG", "SỞ Y TẾ"). */
  issuer: readonly [string, string];
  /** The national or Party motto opposite it. */
  motto: readonly [string, string];
  title: string;
  subtitle: string;
  /** "Cao Bằng, ngày 20 tháng 11 năm 2019". */
  placeAndDate: string;
  /** Left and right signature titles and the names under them. */
  signers: readonly [[string, string], [string, string]];
}

export interface SampleSheet {
  name: string;
  letterhead: Letterhead;
  columns: readonly ColumnSpec[];
  rows: readonly (Readonly<Record<string, SampleValue>> | null)[];
  /** The column-number row under the header: "(1) (2) …", "1 2 …", or none. */
  numbering: "parenthesised" | "plain" | "none";
  /** A closing "Tổng cộng" line under the data. */
  total?: boolean;
  /** Keep the roster in an Excel table (one-row header, no numbering row) instead of a printed layout. */
  table?: string;
  /** Rows numbered in advance, with nothing else in them yet, left at the bottom of the template. */
  spareNumberedRows?: number;
  /** Values typed beside the roster, in the second column right of it; `key` names that column in `Planted`. */
  strays?: readonly { row: number; key: string; value: SampleValue }[];
}

export interface SampleFile {
  file: string;
  /** What the file is, for the samples' README. */
  vi: string;
  en: string;
  sheet: SampleSheet;
  /** Extra sheets, plain rows: a targets table, a planning list beside the roster (dates shown dd/mm/yyyy). */
  extraSheets?: readonly { name: string; rows: readonly (readonly (string | number | Date | null)[])[] }[];
  planted: readonly Planted[];
}

/** A planted mistake and the cell the check should report it at. */
export interface ExpectedFinding {
  sheet: string;
  cell: string;
  planted: Planted;
}
