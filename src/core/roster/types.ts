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
  | "unit"
  | "field"
  | "programme"
  | "major"
  | "institution"
  | "trainingStart"
  | "trainingEnd"
  | "decisionNumber"
  | "decisionDate"
  | "planningTitle"
  | "rotationDate"
  | "unitFrom"
  | "unitTo"
  | "notes";

/** What a roster is for, decided by the fields its header holds. */
export type RosterKind = "training" | "rotation" | "planning";

/** A header column that was recognised as a field. Grid coordinates are 0-based. */
export interface RosterColumn {
  field: FieldId;
  col: number;
  /** The header text as shown (parent and sub-header joined with " / " for two-row headers). */
  header: string;
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
}
