import type { FieldId, RosterKind } from "../roster/types";
import type { ParamsFor, RuleId, Severity } from "../rules";

export type { RuleId, Severity } from "../rules";

export type { Language } from "../i18n/language";

/** A value as it appears in a report: cell errors are given as their text ("#REF!"). */
export type ReportValue = string | number | boolean | null;

/**
 * One problem, as data. `row` is the Excel row number, `column` its letters, `cell` the A1 address.
 * `params` are what the message was made from, as the rule's descriptor names them.
 */
export interface Issue<R extends RuleId = RuleId> {
  rule: R;
  severity: Severity;
  cell: string;
  row: number;
  column: string;
  field: FieldId | null;
  value: ReportValue;
  message: string;
  params: ParamsFor<R>;
  /** The proposed replacement value, when the rule knows the right one. */
  fix?: string | number;
  /** Another cell the issue refers to (the earlier row of a duplicate, the other birth-date column). */
  related?: string;
  /** The sections the row's person sits under ("Khối chính quyền / Sở Y tế"), when the roster has headings. */
  section?: string;
}

/** One list found on a sheet: a sheet may hold several (a planning list under a training list). */
export interface TableReport {
  /** The list's cells, header to last data row ("A5:K40"). */
  range: string;
  kind: RosterKind;
  /** The title band above its header, as one line; null when it has none. */
  title: string | null;
  /** Excel row numbers of the header rows. */
  headerRows: number[];
  /** People rows (blank rows, headings, subtotals and repeated headers not counted). */
  dataRows: number;
}

export interface SheetReport {
  sheet: string;
  roster: boolean;
  kind: RosterKind | null;
  /** Excel row numbers of the first list's header rows. */
  headerRows: number[];
  /** Data rows found in all its lists (blank and STT-only rows, headings and subtotals not counted). */
  dataRows: number;
  /** Field → column letters (of the first list). */
  fields: Partial<Record<FieldId, string>>;
  /** Every list found on the sheet, top to bottom; `kind`, `headerRows` and `fields` above are the first's. */
  tables: TableReport[];
  issues: Issue[];
  /**
   * Issues found but not listed, by severity, when the file had more than the run lists (the first ones by
   * sheet and position are listed); absent when every issue is listed.
   */
  unlisted?: SeverityCounts;
}

export type SeverityCounts = Record<Severity, number>;

export interface FileReport {
  file: string;
  /** Why the file could not be read; null when it was. */
  error: string | null;
  sheets: SheetReport[];
}

export interface ReportSummary {
  files: number;
  sheets: number;
  rows: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  version: 1;
  files: FileReport[];
  summary: ReportSummary;
}
