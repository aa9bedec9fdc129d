import type { YMD } from "../dates";
import type { CellValue, SheetInput } from "../grid/types";
import type { DateReading } from "../roster";
import type { FieldId, RosterKind, RosterLayout, RosterRow } from "../roster/types";
import type { Settings } from "../settings";
import type { LegacyText } from "../text";

export type Severity = "error" | "warning" | "info";

/** What a rule looks at: a whole file, the people of all its lists together, a sheet, one data row, or one cell. */
export type Scope = "file" | "workbook" | "sheet" | "row" | "cell";

/** One person of one list, as the rules that link a workbook's lists see them. Grid coordinates. */
export interface ListedPerson {
  /** Index of the sheet in the workbook. */
  sheet: number;
  row: number;
  /** The name's cell. */
  col: number;
  name: string;
  birth: YMD | null;
  kind: RosterKind;
  programme: string;
}

/** What a workbook-scope rule may read: every person of every list of the file's checked sheets. */
export interface WorkbookContext {
  readonly people: readonly ListedPerson[];
}

/** What a file-scope rule may read: the file's sheets have been checked. */
export interface FileContext {
  readonly settings: Settings;
  /** How many of the file's sheets hold a roster. */
  readonly rosters: number;
  /**
   * The sheet that carries the file's issues (the roster sheet named in the settings, else the first),
   * null when the file has no sheet at all.
   */
  readonly target: SheetInput | null;
}

/** The fields that hold dates. */
export type DateField =
  | "birthDate"
  | "birthDateMale"
  | "birthDateFemale"
  | "trainingStart"
  | "trainingEnd"
  | "decisionDate"
  | "rotationDate"
  | "rotationEnd"
  | "serviceStart";

export const DATE_FIELDS: readonly DateField[] = [
  "birthDate",
  "birthDateMale",
  "birthDateFemale",
  "trainingStart",
  "trainingEnd",
  "decisionDate",
  "rotationDate",
  "rotationEnd",
  "serviceStart",
];

export const BIRTH_FIELDS: readonly DateField[] = ["birthDate", "birthDateMale", "birthDateFemale"];

export interface DateColumn {
  field: DateField;
  col: number;
  /** A birth-date column (birthDate, or the Nam/Nữ pair). */
  birth: boolean;
}

/** What every rule may read about the sheet being checked. */
export interface RuleContext {
  readonly sheet: SheetInput;
  readonly layout: RosterLayout;
  /** Every row of the data area, empty ones included, top to bottom. */
  readonly rows: readonly RosterRow[];
  readonly settings: Settings;
  readonly today: YMD;
  /** The date from which the newer postgraduate age limit applies (settings.postgradAgeChangeDate, read once). */
  readonly postgradAgeChange: YMD;
  /** Grid column of each recognised field. */
  readonly columnOf: Partial<Record<FieldId, number>>;
  /** The date columns the sheet has, left to right by field order. */
  readonly dateColumns: readonly DateColumn[];
  /** The value of `row` under `field`, straight from the grid (null when blank or the sheet lacks the field). */
  value(row: RosterRow, field: FieldId): CellValue;
  /** The date in rows[index] under `field`, read once per cell however many rules ask. */
  date(index: number, field: DateField): DateReading;
}

/** A text cell's facts, worked out once for all the text rules. */
export interface TextFacts {
  text: string;
  /** Plain ASCII text can be neither legacy-encoded nor un-normalised. */
  ascii: boolean;
  nfc: string;
  legacy: LegacyText | null;
  /** The text as it should read: decoded when legacy, NFC otherwise. */
  repaired: string;
  /** tidySpaces of the text: null when its spacing is clean. */
  tidy: string | null;
  /** Unicode Vietnamese in a TCVN3 or VNI font (right text, wrong font). */
  legacyFont: boolean;
}

/** A non-blank cell of the data area. The engine reuses one object from cell to cell: copy what you keep. */
export interface CellFacts {
  row: number;
  col: number;
  value: CellValue;
  field: FieldId | null;
  /** Set for text in headed columns (always, for the rules `on: "text"`). */
  text: TextFacts | null;
}
