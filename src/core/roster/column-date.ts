import type { CellValue, SheetInput } from "../grid/types";
import { type DateReading, readDate } from "./cell-reading";
import { readDateInText, readDateParts, readPeriodInText, readYearCell } from "./date-parts";
import type { FieldId, RosterColumn, RosterLayout } from "./types";

type ReadValue = (value: CellValue, numberFormat: string | null) => DateReading;

const readValue: ReadValue = (value, numberFormat) => readDate({ value, numberFormat });

/**
 * The date a column gives on grid row `row`, however the column holds it: in pieces (Ngày | Tháng | Năm),
 * inside a number-and-date cell, as one end of a period typed in one cell, as a year in a year column, or
 * in one cell. `read` reads a plain cell (the rules pass one that remembers its answers).
 */
export function readColumnDate(sheet: SheetInput, row: number, column: RosterColumn, read = readValue): DateReading {
  const values = sheet.values[row] ?? [];
  if (column.parts) return readDateParts(values, column.parts);
  const value = values[column.col] ?? null;
  if (column.combined) return readDateInText(value);
  if (column.period) return readPeriodInText(value, column.period);
  const format = sheet.numberFormats?.[row]?.[column.col] ?? null;
  return (column.yearOnly ? readYearCell(value, format, column.col) : null) ?? read(value, format);
}

/**
 * Each field's column, with the dates some columns hold beside their own field: "Số, ngày quyết định"
 * gives the decision's date, a period typed in one cell ("Thời gian đào tạo": "03/2020 - 10/2020") the
 * training's start and end, where the roster has no column of their own for them.
 */
export function columnsByField(layout: RosterLayout): Partial<Record<FieldId, RosterColumn>> {
  const columns: Partial<Record<FieldId, RosterColumn>> = {};
  for (const column of layout.columns) columns[column.field] = column;
  const combined = layout.columns.find((c) => c.combined);
  if (combined && !columns.decisionDate) columns.decisionDate = { ...combined, field: "decisionDate" };
  const period = columns.trainingPeriod;
  if (period && !columns.trainingStart && !columns.trainingEnd) {
    columns.trainingStart = { ...period, field: "trainingStart", period: "start" };
    columns.trainingEnd = { ...period, field: "trainingEnd", period: "end" };
  }
  return columns;
}
