import { ageLimit } from "./age-limit";
import { blankRow } from "./blank-row";
import { cellError } from "./cell-error";
import { controlChar } from "./control-char";
import { dateOrder } from "./date-order";
import { decisionAfterStart } from "./decision-after-start";
import { duplicateHeader } from "./duplicate-header";
import { duplicatePerson } from "./duplicate-person";
import { formulaText } from "./formula-text";
import { genderConflict } from "./gender-conflict";
import { headerNotFound } from "./header-not-found";
import { invalidDate } from "./invalid-date";
import { legacyEncoding } from "./legacy-encoding";
import { legacyFont } from "./legacy-font";
import { missingCommitment } from "./missing-commitment";
import { missingDecision } from "./missing-decision";
import { missingPlacement } from "./missing-placement";
import { missingDiacritics } from "./missing-diacritics";
import { notInPlanning } from "./not-in-planning";
import { notNfc } from "./not-nfc";
import { orphanValue } from "./orphan-value";
import { planningAge } from "./planning-age";
import { required } from "./required";
import { retirementHorizon } from "./retirement-horizon";
import { serviceYears } from "./service-years";
import { subtotalMismatch } from "./subtotal-mismatch";
import { textDate } from "./text-date";
import { unknownValue } from "./unknown-value";
import { whitespace } from "./whitespace";
import type { FindingOf } from "./define";
import type { ParamsOf } from "./params";
import type { Scope } from "./types";

/**
 * Every rule the engine runs, in the order the pane lists their groups. Adding one: its module and test,
 * an entry here, its title and message in ./i18n/vi.ts and ./i18n/en.ts, its rows in the rules and
 * parameters tables of docs/report-format.md.
 */
export const RULES = [
  headerNotFound,
  duplicateHeader,
  blankRow,
  subtotalMismatch,
  orphanValue,
  cellError,
  required,
  invalidDate,
  textDate,
  dateOrder,
  unknownValue,
  genderConflict,
  duplicatePerson,
  ageLimit,
  retirementHorizon,
  missingDecision,
  decisionAfterStart,
  serviceYears,
  missingCommitment,
  missingPlacement,
  planningAge,
  notInPlanning,
  legacyEncoding,
  legacyFont,
  notNfc,
  controlChar,
  missingDiacritics,
  whitespace,
  formulaText,
] as const;

type RegisteredRule = (typeof RULES)[number];

export type RuleId = RegisteredRule["id"];

/** The parameters of a rule's findings, as its descriptor declares them. */
export type ParamsFor<R extends RuleId> = ParamsOf<Extract<RegisteredRule, { id: R }>["params"]>;

/** Each rule's findings by rule id. */
type FindingMap = { [R in RuleId]: FindingOf<R, Extract<RegisteredRule, { id: R }>["params"]> };

/** A finding of any rule: its params are those of its rule. */
export type Finding = FindingMap[RuleId];

/** The rules that look at one scope, in registry order. */
export function rulesOf<S extends Scope>(scope: S): readonly Extract<RegisteredRule, { scope: S }>[] {
  return RULES.filter((rule): rule is Extract<RegisteredRule, { scope: S }> => rule.scope === scope);
}

export * from "./types";
export type { ParamKind, ParamsSpec } from "./params";
export { createContext } from "./context";
export { scanCells } from "./scan-cells";
