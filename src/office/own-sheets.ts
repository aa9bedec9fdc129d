import { parseStored } from "./stored-json";

/**
 * The `workbook.settings` key listing the sheets the add-in made, by sheet id. A sheet's id stays when the
 * user renames or moves it (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member),
 * and a sheet of the user's never carries one of these ids, so the add-in replaces or deletes only its own
 * sheets, whatever their names, and never a user's sheet that happens to be called "Báo cáo kết quả".
 */
export const OWN_SHEETS_KEY = "cadre.sheets";

/** What the add-in made the sheet for: each kind is replaced only by a sheet of the same kind. */
export type OwnSheetRole =
  "report" | "consolidated" | "achievement" | "targets" | "check-stamp" | "input-lists" | "email-copy" | "inserted";

export interface OwnSheet {
  id: string;
  role: OwnSheetRole;
}

const ROLES: readonly OwnSheetRole[] = [
  "report",
  "consolidated",
  "achievement",
  "targets",
  "check-stamp",
  "input-lists",
  "email-copy",
  "inserted",
];

/** The stored list; entries of the wrong shape dropped (settings travel in files anyone can edit). */
export function parseOwnSheets(value: unknown): OwnSheet[] {
  const list = parseStored(value);
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    return typeof e.id === "string" && ROLES.includes(e.role as OwnSheetRole)
      ? [{ id: e.id, role: e.role as OwnSheetRole }]
      : [];
  });
}

/** Excel's longest sheet name. */
const MAX_NAME = 31;

/**
 * `wanted`, or the first of "wanted (2)", "wanted (3)" … that no sheet uses (Excel compares sheet names
 * without regard to case), cut to Excel's 31 characters as Excel cuts its own copies' names.
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${wanted.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The workbook's sheets and the record of the add-in's own, as read in one sync. */
export interface SheetsAndRecord {
  sheets: { id: string; name: string }[];
  own: OwnSheet[];
  /** The record is in the settings (an empty record is deleted rather than kept). */
  stored: boolean;
}

/** Queues reading the sheets (name, id) and the record; both are ready after the next sync. */
export function queueSheetsAndRecord(context: Excel.RequestContext): () => SheetsAndRecord {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const stored = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY).load("value");
  return () => ({
    sheets: sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name })),
    own: stored.isNullObject ? [] : parseOwnSheets(stored.value),
    stored: !stored.isNullObject,
  });
}

/** The add-in's existing sheets of `role`, in workbook order; recorded ids of deleted sheets are skipped. */
export function ownSheetsOf(read: SheetsAndRecord, role: OwnSheetRole): { id: string; name: string }[] {
  const ids = new Set(read.own.filter((entry) => entry.role === role).map((entry) => entry.id));
  return read.sheets.filter((sheet) => ids.has(sheet.id));
}

/**
 * Queues storing the record: `read.own` without `drop` and without entries for sheets that are gone, plus
 * `add`; an empty record is deleted, so a workbook the add-in no longer has sheets in carries none. No sync.
 */
export function queueOwnRecord(
  context: Excel.RequestContext,
  read: SheetsAndRecord,
  change: { drop?: readonly string[]; add?: readonly OwnSheet[] },
): OwnSheet[] {
  const present = new Set(read.sheets.map((sheet) => sheet.id));
  const dropped = new Set(change.drop ?? []);
  const next = [...read.own.filter((entry) => present.has(entry.id) && !dropped.has(entry.id)), ...(change.add ?? [])];
  if (next.length > 0) context.workbook.settings.add(OWN_SHEETS_KEY, JSON.stringify(next));
  else if (read.stored) context.workbook.settings.getItem(OWN_SHEETS_KEY).delete();
  return next;
}

/** Where a sheet of the add-in's goes: the sheet it replaces (its own, of that role) and the name to use. */
export interface OwnSheetPlace {
  /** The add-in's earlier sheet of this role, to delete; null when there is none. */
  replaces: { id: string; name: string } | null;
  /** Its earlier sheet's name (the user may have renamed it), else `wanted` or the first free "wanted (n)". */
  name: string;
}

export function placeOwnSheet(read: SheetsAndRecord, role: OwnSheetRole, wanted: string): OwnSheetPlace {
  const earlier = ownSheetsOf(read, role)[0] ?? null;
  if (earlier) return { replaces: earlier, name: earlier.name };
  return {
    replaces: null,
    name: freeSheetName(
      wanted,
      read.sheets.map((sheet) => sheet.name),
    ),
  };
}

/** A sheet of the add-in's, new and empty, and how to record it once the sync that adds it has run. */
export interface OwnSheetSlot {
  worksheet: Excel.Worksheet;
  name: string;
  /** After a sync since `claimOwnSheet`: queues the record with this sheet in place of the one it replaced. */
  record(): void;
}

/**
 * Replaces the add-in's sheet of `role` by a new empty sheet of the same name, or adds one named `wanted`
 * (or "wanted (2)" … when a sheet of the user's has that name). One sync to read the sheets and the record;
 * the delete and the add are queued, for the caller's next sync, with whatever it writes on the sheet.
 */
export async function claimOwnSheet(
  context: Excel.RequestContext,
  role: OwnSheetRole,
  wanted: string,
): Promise<OwnSheetSlot> {
  const readNow = queueSheetsAndRecord(context);
  await context.sync();
  const read = readNow();
  const place = placeOwnSheet(read, role, wanted);
  if (place.replaces) context.workbook.worksheets.getItem(place.replaces.id).delete();
  const worksheet = context.workbook.worksheets.add(place.name).load("id");
  return {
    worksheet,
    name: place.name,
    record: () =>
      void queueOwnRecord(context, read, {
        drop: place.replaces ? [place.replaces.id] : [],
        add: [{ id: worksheet.id, role }],
      }),
  };
}
