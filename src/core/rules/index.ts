import { ageLimit } from "./age-limit";
import { blankRow } from "./blank-row";
import { cellError } from "./cell-error";
import { dateOrder } from "./date-order";
import { duplicateHeader } from "./duplicate-header";
import { duplicatePerson } from "./duplicate-person";
import { formulaText } from "./formula-text";
import { genderConflict } from "./gender-conflict";
import { headerNotFound } from "./header-not-found";
import { invalidDate } from "./invalid-date";
import { legacyEncoding } from "./legacy-encoding";
import { missingDecision } from "./missing-decision";
import { missingDiacritics } from "./missing-diacritics";
import { notNfc } from "./not-nfc";
import { orphanValue } from "./orphan-value";
import { required } from "./required";
import { retirementHorizon } from "./retirement-horizon";
import { textDate } from "./text-date";
import { unknownValue } from "./unknown-value";
import { whitespace } from "./whitespace";
import type { Rule } from "./types";

/** Every rule the engine runs. Adding one: its module, a line here, its messages, its test. */
export const RULES: readonly Rule[] = [
  headerNotFound,
  duplicateHeader,
  blankRow,
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
  legacyEncoding,
  notNfc,
  missingDiacritics,
  whitespace,
  formulaText,
];

export * from "./types";
export { createContext } from "./context";
export { scanCells } from "./scan-cells";
