import { parseDateText, YMD } from "../dates";
import type { SheetInput } from "../grid/types";
import { DateReading, readDate } from "../roster";
import type { FieldId, RosterLayout, RosterRow } from "../roster/types";
import type { Settings } from "../settings";
import { BIRTH_FIELDS, DATE_FIELDS, DateColumn, DateField, RuleContext } from "./types";

/** 01/07/2025, when Nghị định 171/2025 took effect: used when the setting does not hold a date. */
const POSTGRAD_AGE_CHANGE: YMD = { y: 2025, m: 7, d: 1 };

function settingDate(text: string): YMD {
  const parsed = parseDateText(text);
  return parsed.ok ? parsed.ymd : POSTGRAD_AGE_CHANGE;
}

export function createContext(sheet: SheetInput, layout: RosterLayout, rows: readonly RosterRow[], settings: Settings, today: YMD): RuleContext {
  const columnOf: Partial<Record<FieldId, number>> = {};
  for (const column of layout.columns) columnOf[column.field] = column.col;
  const cache = new Map<DateField, (DateReading | undefined)[]>();
  const dateColumns: DateColumn[] = [];
  for (const field of DATE_FIELDS) {
    const col = columnOf[field];
    if (col === undefined) continue;
    cache.set(field, new Array(rows.length));
    dateColumns.push({ field, col, birth: BIRTH_FIELDS.includes(field) });
  }
  const empty: DateReading = { kind: "empty" };

  return {
    sheet,
    layout,
    rows,
    settings,
    today,
    postgradAgeChange: settingDate(settings.postgradAgeChangeDate),
    columnOf,
    dateColumns,
    date(index, field) {
      const readings = cache.get(field);
      if (readings === undefined) return empty;
      const known = readings[index];
      if (known !== undefined) return known;
      const reading = readDate(rows[index].cells[field]);
      readings[index] = reading;
      return reading;
    },
  };
}
