import { parseStored } from "./stored-json";

/** The `workbook.settings` key listing the conditional formats the add-in created. */
export const MARKS_KEY = "cadre.marks";

/** One conditional format the add-in made: its id and the sheet it is on (id kept for renamed sheets). */
export interface MarkRecord {
  sheet: string;
  sheetId: string;
  id: string;
}

/** The stored list, entries of the wrong shape dropped. */
export function parseMarks(value: unknown): MarkRecord[] {
  const list = parseStored(value);
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof e.id !== "string" || typeof e.sheet !== "string") return [];
    return [{ sheet: e.sheet, sheetId: typeof e.sheetId === "string" ? e.sheetId : "", id: e.id }];
  });
}

/**
 * Whether a record entry belongs to this sheet: by id (the sheet may have been renamed) or by name
 * (in case ids differ in another copy of Excel). Looking on a wrong sheet is harmless: format ids are unique.
 */
export function onSheet(record: MarkRecord, sheet: { name: string; id: string }): boolean {
  return record.sheetId === sheet.id || record.sheet === sheet.name;
}
