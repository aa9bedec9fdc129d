import type { CellValue, SheetInput, TableArea } from "../grid/types";
import { headerCells, type HeaderCells } from "./header-cells";
import { type HeaderReading, readOneRowHeader } from "./header-one-row";
import { readTwoRowHeader } from "./header-two-row";
import type { FieldId } from "./types";

/** Fields that say a row describes people, not plan figures. */
const PERSONAL: readonly FieldId[] = ["birthDate", "birthDateMale", "birthDateFemale", "gender", "ethnicity"];

function distinctFields(reading: HeaderReading): Set<FieldId> {
  return new Set(reading.claims.map((c) => c.field));
}

/**
 * A header names a full name and one more field, or three fields one of which describes a person.
 * STT and notes do not count: a targets sheet ("STT | Đơn vị | Chỉ tiêu | Ghi chú") is not a roster.
 */
export function isRosterHeader(reading: HeaderReading): boolean {
  const fields = distinctFields(reading);
  fields.delete("stt");
  fields.delete("notes");
  if (fields.has("fullName")) return fields.size >= 2;
  return fields.size >= 3 && PERSONAL.some((f) => fields.has(f));
}

function score(reading: HeaderReading | null): number {
  return reading ? distinctFields(reading).size : 0;
}

function rowWidth(values: readonly (readonly CellValue[])[], row: number): number {
  return values[row]?.length ?? 0;
}

/**
 * The header within the first `searchRows` rows that recognises the most fields (the earliest on a tie).
 * A pair of rows wins only by recognising more than either row alone, so a title row above a
 * one-row header is never taken for a parent row.
 */
export function findHeaderInWindow(sheet: SheetInput, searchRows: number): HeaderReading | null {
  const { values } = sheet;
  const last = Math.min(values.length, Math.max(0, Math.floor(searchRows) || 0)) - 1;
  const rows: HeaderCells[] = [];
  for (let r = 0; r <= Math.min(last + 1, values.length - 1); r++) {
    const width = Math.max(rowWidth(values, r), rowWidth(values, r + 1));
    rows.push(headerCells(sheet, r, 0, width - 1));
  }
  const merges = sheet.merges ?? [];
  let best: HeaderReading | null = null;
  const consider = (reading: HeaderReading) => {
    if (isRosterHeader(reading) && score(reading) > score(best)) best = reading;
  };
  for (let r = 0; r <= last; r++) {
    const single = readOneRowHeader(rows[r], merges);
    consider(single);
    if (r + 1 >= rows.length) continue;
    const pair = readTwoRowHeader(rows[r], rows[r + 1], merges);
    if (score(pair) > Math.max(score(single), score(readOneRowHeader(rows[r + 1], merges)))) consider(pair);
  }
  return best;
}

/** The Excel table whose header row holds the best roster header, if any. */
export function findHeaderInTables(sheet: SheetInput): { table: TableArea; reading: HeaderReading } | null {
  let best: { table: TableArea; reading: HeaderReading } | null = null;
  for (const table of sheet.tables ?? []) {
    if (
      !table.hasHeader ||
      table.top < 0 ||
      table.top >= sheet.values.length ||
      table.left < 0 ||
      table.right < table.left
    )
      continue;
    const reading = readOneRowHeader(headerCells(sheet, table.top, table.left, table.right), []);
    if (isRosterHeader(reading) && score(reading) > score(best?.reading ?? null)) best = { table, reading };
  }
  return best;
}
