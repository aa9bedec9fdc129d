import { parseDateText, type YMD } from "../dates";
import type { SheetInput } from "../grid/types";
import type { DateReading } from "../roster";
import { columnsByField, readColumnDate } from "../roster/column-date";
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
  const columnFor = columnsByField(layout);
  const columnOf: Partial<Record<FieldId, number>> = {};
  for (const [field, column] of Object.entries(columnFor) as [FieldId, RosterColumn][]) columnOf[field] = column.col;
  const readCell = (row: number, column: RosterColumn): DateReading =>
    readColumnDate(sheet, row, column, (value, format) => readings.read(value, format));
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
