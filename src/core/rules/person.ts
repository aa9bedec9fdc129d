import type { YMD } from "../dates";
import { isBlank } from "../grid/types";
import { type Gender, parseGender } from "../people";
import { cellText } from "../roster";
import type { DateReading } from "../roster";
import type { RosterRow } from "../roster/types";
import { memoize } from "../vocab";
import { BIRTH_FIELDS, type DateField, type RuleContext } from "./types";

/** parseGender, remembered: a gender column holds two values twenty thousand times. */
export const genderFromText = memoize(parseGender);

export interface Birth {
  field: DateField;
  col: number;
  ymd: YMD;
  yearOnly: boolean;
}

type DateFound = Extract<DateReading, { kind: "date" }>;

/** The reading of the row's birth date (the first of the birth-date columns holding a date), for rules that need no more. */
export function birthReading(index: number, ctx: RuleContext): DateFound | null {
  for (const field of BIRTH_FIELDS) {
    const reading = ctx.date(index, field);
    if (reading.kind === "date") return reading;
  }
  return null;
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
export function genderOf(row: RosterRow, ctx: RuleContext): Gender | null {
  const stated = ctx.value(row, "gender");
  if (!isBlank(stated)) return genderFromText(cellText(stated));
  const male = !isBlank(ctx.value(row, "birthDateMale"));
  const female = !isBlank(ctx.value(row, "birthDateFemale"));
  return male === female ? null : male ? "male" : "female";
}
