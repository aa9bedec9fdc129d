import type { CellValue, SheetInput, TableArea } from "../grid/types";
import { headerCells, type HeaderCells } from "./header-cells";
import { type HeaderReading, readOneRowHeader } from "./header-one-row";
import { readHeaderStack } from "./header-stack";
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

/** The fields a header names, a split date counting once per piece. */
function score(reading: HeaderReading | null): number {
  return reading ? new Set(reading.claims.map((c) => `${c.field}:${c.part ?? ""}`)).size : 0;
}

/** The deepest header a department prints: a group label over a sub-label over date pieces, under a band. */
const MAX_HEADER_ROWS = 4;

function rowWidth(values: readonly (readonly CellValue[])[], row: number): number {
  return values[row]?.length ?? 0;
}

/**
 * The best header whose top row lies in `first`…`last`: the one that recognises the most fields (the
 * earliest on a tie). A header of several rows wins only by recognising more than the same rows without
 * its bottom row and without its top row, so a title band above a header is never taken for a group label.
 */
export function findHeaderInRows(sheet: SheetInput, first: number, last: number): HeaderReading | null {
  const { values } = sheet;
  const end = Math.min(last + MAX_HEADER_ROWS - 1, values.length - 1);
  const rows = new Map<number, HeaderCells>();
  let width = 0;
  for (let k = first; k <= end; k++) width = Math.max(width, rowWidth(values, k));
  const cells = (r: number) => {
    let found = rows.get(r);
    if (!found) {
      found = headerCells(sheet, r, 0, width - 1);
      rows.set(r, found);
    }
    return found;
  };
  const merges = sheet.merges ?? [];
  const scores = new Map<string, number>();
  const read = (top: number, height: number): HeaderReading => {
    const band = Array.from({ length: height }, (_, i) => cells(top + i));
    const reading = height === 1 ? readOneRowHeader(band[0], merges) : readHeaderStack(band, merges);
    scores.set(`${top}:${height}`, score(reading));
    return reading;
  };
  const scoreOf = (top: number, height: number) => scores.get(`${top}:${height}`) ?? score(read(top, height));
  let best: HeaderReading | null = null;
  const consider = (reading: HeaderReading) => {
    if (isRosterHeader(reading) && score(reading) > score(best)) best = reading;
  };
  for (let r = first; r <= Math.min(last, values.length - 1); r++) {
    consider(read(r, 1));
    for (let h = 2; h <= MAX_HEADER_ROWS && r + h - 1 <= end; h++) {
      const reading = read(r, h);
      if (score(reading) > Math.max(scoreOf(r, h - 1), scoreOf(r + 1, h - 1))) consider(reading);
    }
  }
  return best;
}

/** The header within the first `searchRows` rows of the sheet. */
export function findHeaderInWindow(sheet: SheetInput, searchRows: number): HeaderReading | null {
  const last = Math.min(sheet.values.length, Math.max(0, Math.floor(searchRows) || 0)) - 1;
  return findHeaderInRows(sheet, 0, last);
}

/** The Excel tables whose header row is a roster header, top to bottom: each is a list of its own. */
export function findHeaderInTables(sheet: SheetInput): { table: TableArea; reading: HeaderReading }[] {
  const found: { table: TableArea; reading: HeaderReading }[] = [];
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
    if (isRosterHeader(reading)) found.push({ table, reading });
  }
  return found.sort((a, b) => a.table.top - b.table.top || a.table.left - b.table.left);
}
