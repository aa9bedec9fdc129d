import { ageAt, compareYmd, retirementDate, yearsToRetirement, ymdToSerial } from "../core/dates";
import { type Cell, CellError } from "./cell-error";
import { readAsOf, readDate, readGender } from "./read-cell";

/** A blank birth gives a blank result, so a column with gaps spills cleanly. */
type DateFigure = Cell<number | "">;

export function ageCell(birth: unknown, asOf: unknown): DateFigure {
  const b = readDate(birth);
  if (b === null || b instanceof CellError) return b ?? "";
  const at = readAsOf(asOf);
  if (at instanceof CellError) return at;
  return compareYmd(b, at) > 0 ? CellError.badNumber : ageAt(b, at);
}

export function retirementCell(birth: unknown, gender: unknown): DateFigure {
  const b = readDate(birth);
  if (b === null || b instanceof CellError) return b ?? "";
  const g = readGender(gender);
  return g instanceof CellError ? g : ymdToSerial(retirementDate(b, g));
}

export function yearsLeftCell(birth: unknown, gender: unknown, asOf: unknown): DateFigure {
  const b = readDate(birth);
  if (b === null || b instanceof CellError) return b ?? "";
  const g = readGender(gender);
  if (g instanceof CellError) return g;
  const at = readAsOf(asOf);
  return at instanceof CellError ? at : yearsToRetirement(b, g, at);
}
