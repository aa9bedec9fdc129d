import type { CellValue } from "../grid/types";

/** The roster fields the engine recognises in a header. */
export type FieldId =
  | "stt"
  | "fullName"
  | "birthDate"
  | "birthDateMale"
  | "birthDateFemale"
  | "gender"
  | "ethnicity"
  | "position"
  | "positionBefore"
  | "positionAfter"
  | "qualification"
  | "trainingMode"
  | "unit"
  | "field"
  | "programme"
  | "major"
  | "institution"
  | "trainingStart"
  | "trainingEnd"
  | "trainingPeriod"
  | "decisionNumber"
  | "decisionDate"
  | "planningTitle"
  | "rotationDate"
  | "rotationEnd"
  | "serviceStart"
  | "commitment"
  | "firstPlanning"
  | "unitFrom"
  | "unitTo"
  | "notes";

/** What a roster is for, decided by the fields its header holds. */
export type RosterKind = "training" | "rotation" | "planning";

/** A piece of a date kept in columns of its own ("Ngày" | "Tháng" | "Năm" under "Ngày, tháng, năm sinh"). */
export type DatePart = "day" | "month" | "year";

/** A header column that was recognised as a field. Grid coordinates are 0-based. */
export interface RosterColumn {
  field: FieldId;
  col: number;
  /** The header text as shown (the labels of a header of several rows joined with " / "). */
  header: string;
  /**
   * A date written in pieces: the column of each piece (`col` is the year's). Absent for a date in one cell.
   */
  parts?: Partial<Record<DatePart, number>>;
  /** A column headed as a year ("Năm sinh"): a number there is a year, never a serial date. */
  yearOnly?: boolean;
  /** A number and a date in one cell ("Số, ngày quyết định": "86-QĐ/BTCTU ngày 05/03/2020"). */
  combined?: boolean;
  /** The end of a period typed in one cell ("03/2020 - 10/2020") that this column stands for. */
  period?: "start" | "end";
}

/** A row inside a roster that holds no person: what the sheet's layout put there ("spacing": a blank row beside one). */
export type StructureKind = "section" | "subtotal" | "header-repeat" | "numbering" | "spacing";

export interface StructureRow {
  row: number;
  kind: StructureKind;
  /** A section's heading without its numbering ("Sở Y tế" for "1. Sở Y tế"); a subtotal's text. */
  text: string;
  /** A section's depth, 1 for the outermost heading style. */
  level?: number;
  /** The count a subtotal states ("Cộng: 4 người", or a number beside it), null when it states none. */
  count?: number | null;
  /** The column the stated count sits in. */
  countCol?: number;
}

/** Where the roster sits on its sheet. All row and column numbers are 0-based grid indices. */
export interface RosterLayout {
  kind: RosterKind;
  /** First and last header row (equal for a one-row header). */
  headerTop: number;
  headerBottom: number;
  /** The "(1) (2) (3) …" or "1 2 3 …" row under the header, if any. */
  numberingRow: number | null;
  /** Data rows lie between these, inclusive; footers (totals, signatures, place-and-date) are excluded. */
  firstDataRow: number;
  lastDataRow: number;
  /** One column per recognised field (the first claimant when two columns claim one field). */
  columns: RosterColumn[];
  /** Later columns that claim a field already taken. */
  duplicateColumns: RosterColumn[];
  /** Every column with any header text, recognised or not (a value outside these is an orphan). */
  headedColumns: number[];
  /** The Excel table the roster was read from, if it lives in one. */
  table: string | null;
  /** Section headings, subtotals, repeated headers and numbering rows inside the data area. */
  structure: StructureRow[];
  /** The title band above the header (the rows of text a list is introduced by), top to bottom. */
  title: string[];
  /** The last column the roster uses (its header's right end). */
  right: number;
}

/** One cell of a data row, with the host's extra layers. */
export interface RosterCell {
  row: number;
  col: number;
  value: CellValue;
  numberFormat: string | null;
  font: string | null;
}

/** One data row. `empty` is true for blank rows and rows holding nothing but their STT number. */
export interface RosterRow {
  row: number;
  empty: boolean;
  cells: Partial<Record<FieldId, RosterCell>>;
  /** The sections the row sits under, outermost first, joined with " / "; null outside any. */
  section: string | null;
}
