import type { CellValue } from "../grid/types";
import type { FieldId, RosterRow } from "../roster/types";
import type { ParamsOf, ParamsSpec } from "./params";
import type { CellFacts, FileContext, RuleContext, Severity, WorkbookContext } from "./types";

/**
 * One problem, as data, in grid coordinates (0-based, relative to the sheet's origin), with the
 * parameters its rule's descriptor names; the engine adds the severity, the A1 address and the message.
 */
export interface FindingOf<Id extends string, S extends ParamsSpec> {
  rule: Id;
  row: number;
  col: number;
  field: FieldId | null;
  value: CellValue;
  params: ParamsOf<S>;
  fix?: string | number;
  related?: { row: number; col: number };
}

/** Where a rule puts its findings: the engine's list, typed for the rule so it can push only its own. */
export interface Sink<F> {
  push(finding: F): unknown;
  readonly length: number;
}

interface Described<Id extends string, S extends ParamsSpec> {
  /** kebab-case, as reports and settings name the rule. */
  readonly id: Id;
  /** The severity unless the caller overrides it. */
  readonly severity: Severity;
  /** The parameters of its findings, which its messages use. */
  readonly params: S;
}

/** Decided once per file, after its sheets were checked (no sheet of it holds a roster). */
export interface FileRule<Id extends string, S extends ParamsSpec> extends Described<Id, S> {
  readonly scope: "file";
  check(file: FileContext, out: Sink<FindingOf<Id, S>>): void;
}

/** Links a workbook's lists once its sheets were checked: each finding says which sheet it is on. */
export interface WorkbookRule<Id extends string, S extends ParamsSpec> extends Described<Id, S> {
  readonly scope: "workbook";
  check(ctx: WorkbookContext, out: Sink<{ sheet: number; finding: FindingOf<Id, S> }>): void;
}

/** Looks at the layout or across rows (duplicates, blank rows, a column's usual date type). */
export interface SheetRule<Id extends string, S extends ParamsSpec> extends Described<Id, S> {
  readonly scope: "sheet";
  check(ctx: RuleContext, out: Sink<FindingOf<Id, S>>): void;
}

/** Looks at one non-empty data row. */
export interface RowRule<Id extends string, S extends ParamsSpec> extends Described<Id, S> {
  readonly scope: "row";
  check(row: RosterRow, index: number, ctx: RuleContext, out: Sink<FindingOf<Id, S>>): void;
}

/**
 * Looks at one non-blank cell of the data area: text or an Excel error in a headed column, or any value
 * under no header. It judges the value, its text facts and its field only, so the engine may skip a
 * text it already found clean in the same column.
 */
export interface CellRule<Id extends string, S extends ParamsSpec> extends Described<Id, S> {
  readonly scope: "cell";
  readonly on: "text" | "error" | "unheaded";
  check(cell: CellFacts, out: Sink<FindingOf<Id, S>>): void;
}

export type Rule<Id extends string, S extends ParamsSpec> =
  FileRule<Id, S> | WorkbookRule<Id, S> | SheetRule<Id, S> | RowRule<Id, S> | CellRule<Id, S>;

/**
 * A rule as its module declares it. The id and the parameters' descriptor are taken as literals, so the
 * compiler holds each finding the rule pushes to its own id and parameters.
 */
export function defineRule<const Id extends string, const S extends ParamsSpec>(rule: FileRule<Id, S>): FileRule<Id, S>;
export function defineRule<const Id extends string, const S extends ParamsSpec>(
  rule: WorkbookRule<Id, S>,
): WorkbookRule<Id, S>;
export function defineRule<const Id extends string, const S extends ParamsSpec>(
  rule: SheetRule<Id, S>,
): SheetRule<Id, S>;
export function defineRule<const Id extends string, const S extends ParamsSpec>(rule: RowRule<Id, S>): RowRule<Id, S>;
export function defineRule<const Id extends string, const S extends ParamsSpec>(rule: CellRule<Id, S>): CellRule<Id, S>;
export function defineRule<const Id extends string, const S extends ParamsSpec>(rule: Rule<Id, S>): Rule<Id, S> {
  return rule;
}
