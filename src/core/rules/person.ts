import type { YMD } from "../dates";
import { isBlank } from "../grid/types";
import { Gender, parseGender } from "../people";
import { memoize } from "../vocab/memo";
import { cellText } from "../roster";
import type { RosterRow } from "../roster/types";
import { BIRTH_FIELDS, DateField, RuleContext } from "./types";

/** parseGender, remembered: a gender column holds two values twenty thousand times. */
export const genderFromText = memoize(parseGender);

export interface Birth {
  field: DateField;
  col: number;
  ymd: YMD;
  yearOnly: boolean;
}

/** The row's birth date: the first of the birth-date columns holding a date. */
export function birthOf(index: number, ctx: RuleContext): Birth | null {
  for (const field of BIRTH_FIELDS) {
    const col = ctx.columnOf[field];
    if (col === undefined) continue;
    const reading = ctx.date(index, field);
    if (reading.kind === "date") return { field, col, ymd: reading.ymd, yearOnly: reading.yearOnly };
  }
  return null;
}

/** Gender as the gender column states it, else as the Nam/Nữ birth-date column holding a value says; null when unknown or both. */
export function genderOf(row: RosterRow): Gender | null {
  const stated = row.cells.gender;
  if (stated !== undefined && !isBlank(stated.value)) return genderFromText(cellText(stated.value));
  const male = !isBlank(row.cells.birthDateMale?.value);
  const female = !isBlank(row.cells.birthDateFemale?.value);
  return male === female ? null : male ? "male" : "female";
}
