import { parseDateText, type YMD } from "../dates";
import type { SheetInput } from "../grid/types";
import type { DateReading } from "../roster";
import { readDateInText, readDateParts, readPeriodInText, readYearCell } from "../roster/date-parts";
import { DateReadings } from "./date-readings";
import type { FieldId, RosterColumn, RosterLayout, RosterRow } from "../roster/types";
import type { Settings } from "../settings";
import { BIRTH_FIELDS, DATE_FIELDS, type DateColumn, type DateField, type RuleContext } from "./types";

/** 01/07/2025, when Nghị định 171/2025 took effect: used when the setting does not hold a date. */
const POSTGRAD_AGE_CHANGE: YMD = { y: 2025, m: 7, d: 1 };

function settingDate(text: string): YMD {
  const parsed = parseDateText(text);
  return parsed.ok ? parsed.ymd : POSTGRAD_AGE_CHANGE;
}

export function createContext(
  sheet: SheetInput,
  layout: RosterLayout,
  rows: readonly RosterRow[],
  settings: Settings,
  today: YMD,
): RuleContext {
  const columnOf: Partial<Record<FieldId, number>> = {};
  const columnFor: Partial<Record<FieldId, RosterColumn>> = {};
  for (const column of layout.columns) {
    columnOf[column.field] = column.col;
    columnFor[column.field] = column;
  }
  // "Số, ngày quyết định": the decision's date is read from the number's cell.
  const combined = layout.columns.find((c) => c.combined);
  if (combined && columnOf.decisionDate === undefined) {
    columnOf.decisionDate = combined.col;
    columnFor.decisionDate = { ...combined, field: "decisionDate" };
  }
  // "Thời gian đào tạo": "03/2020 - 10/2020" in one cell gives the start and the end.
  const period = columnFor.trainingPeriod;
  if (period && columnOf.trainingStart === undefined && columnOf.trainingEnd === undefined) {
    for (const [field, end] of [["trainingStart", "start"], ["trainingEnd", "end"]] as const) {
      columnOf[field] = period.col;
      columnFor[field] = { ...period, field, period: end };
    }
  }
  const readCell = (row: number, column: RosterColumn): DateReading => {
    const values = sheet.values[row] ?? [];
    if (column.parts) return readDateParts(values, column.parts);
    const value = values[column.col] ?? null;
    if (column.combined) return readDateInText(value);
    if (column.period) return readPeriodInText(value, column.period);
    const format = sheet.numberFormats?.[row]?.[column.col] ?? null;
    return (column.yearOnly ? readYearCell(value, format, column.col) : null) ?? readings.read(value, format);
  };
  const cache: Partial<Record<DateField, (DateReading | undefined)[]>> = {};
  const readings = new DateReadings();
  const dateColumns: DateColumn[] = [];
  for (const field of DATE_FIELDS) {
    const col = columnOf[field];
    if (col === undefined) continue;
    cache[field] = new Array(rows.length);
    // A period's two ends share its cell, which is checked once.
    if (dateColumns.some((d) => d.col === col)) continue;
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
    value(row, field) {
      const col = columnOf[field];
      return col === undefined ? null : (sheet.values[row.row]?.[col] ?? null);
    },
    date(index, field) {
      const column = cache[field];
      if (column === undefined) return empty;
      let reading = column[index];
      if (reading === undefined) {
        // Straight from the grid, as rows[index].cells[field] would give it, without making that cell.
        reading = column[index] = readCell(rows[index].row, columnFor[field] as RosterColumn);
      }
      return reading;
    },
  };
}
