import type { YMD } from "../dates";
import type { CellValue, SheetInput } from "../grid/types";
import type { RuleId, Severity } from "../report/types";
import type { DateReading } from "../roster";
import type { FieldId, RosterLayout, RosterRow } from "../roster/types";
import type { Settings } from "../settings";
import type { LegacyText } from "../text";

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * One problem, as data, in grid coordinates (0-based, relative to the sheet's origin); the engine adds
 * the severity, the A1 address and the message in the user's language.
 */
export interface Finding {
  rule: RuleId;
  row: number;
  col: number;
  field: FieldId | null;
  value: CellValue;
  params: MessageParams;
  fix?: string | number;
  related?: { row: number; col: number };
}

/** The fields that hold dates. */
export type DateField =
  "birthDate" | "birthDateMale" | "birthDateFemale" | "trainingStart" | "trainingEnd" | "decisionDate" | "rotationDate";

export const DATE_FIELDS: readonly DateField[] = [
  "birthDate",
  "birthDateMale",
  "birthDateFemale",
  "trainingStart",
  "trainingEnd",
  "decisionDate",
  "rotationDate",
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

interface RuleInfo {
  id: RuleId;
  severity: Severity;
}

/** Decided once per file: no sheet of it holds a roster. `target` is the sheet that carries the issue. */
export interface FileRule extends RuleInfo {
  scope: "file";
  check(target: SheetInput, settings: Settings, out: Finding[]): void;
}

/** Looks at the layout or across rows (duplicates, blank rows, a column's usual date type). */
export interface SheetRule extends RuleInfo {
  scope: "sheet";
  check(ctx: RuleContext, out: Finding[]): void;
}

/** Looks at one non-empty data row. */
export interface RowRule extends RuleInfo {
  scope: "row";
  check(row: RosterRow, index: number, ctx: RuleContext, out: Finding[]): void;
}

/**
 * Looks at one non-blank cell of the data area: text or an Excel error in a headed column, or any value
 * under no header. It judges the value, its text facts and its field only, so the engine may skip a
 * text it already found clean in the same column.
 */
export interface CellRule extends RuleInfo {
  scope: "cell";
  on: "text" | "error" | "unheaded";
  check(cell: CellFacts, out: Finding[]): void;
}

export type Rule = FileRule | SheetRule | RowRule | CellRule;
