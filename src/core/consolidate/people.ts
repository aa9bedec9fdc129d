import type { SheetInput, WorkbookInput } from "../grid/types";
import { columnLetter } from "../grid/address";
import { isBlank } from "../grid/types";
import { cellText, columnsByField, type DateReading, locateRosters, readColumnDate, readRows } from "../roster";
import type { FieldId, RosterCell, RosterColumn, RosterLayout, RosterRow } from "../roster/types";
import { genderFromText } from "../rules/person";
import type { Settings } from "../settings";
import { adminLevel } from "../targets/admin-level";
import { toUnicode } from "../text/detect-legacy";
import { vnKey } from "../text/vn-key";
import { memoize } from "../vocab/memo";
import type { PersonRecord } from "./types";
import { issuerOf } from "./issuer";

/** VN_KEY is the costliest step of reading a row, and names repeat ("Nguyễn Văn Hùng"); so do units. */
const nameKey = memoize(vnKey);
const levelOf = memoize(adminLevel);
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const BIRTH_FIELDS: readonly FieldId[] = ["birthDate", "birthDateMale", "birthDateFemale"];
/** When a person was sent: the decision's date, else the rotation's or the training's start. */
const SENT_FIELDS: readonly FieldId[] = ["decisionDate", "rotationDate", "trainingStart"];

function clean(value: string, font: string | undefined): string {
  return toUnicode(value, font).replace(SPACES, " ").trim();
}

/** Font and text in one string, for the memo: the same letters can be legacy text in one font and not in another. */
const cleanRepeated = memoize((fontAndText: string) => {
  const at = fontAndText.indexOf("\u0000");
  return clean(fontAndText.slice(at + 1), fontAndText.slice(0, at) || undefined);
});

/**
 * A cell's text as people read it: legacy encodings repaired (by font, else by letters), NFC, spaces tidied.
 * `repeated` columns (unit, programme, field, major) hold a few values many times over, so their answers are remembered.
 */
function text(cell: RosterCell | undefined, repeated = false): string {
  const value = cell?.value ?? null;
  if (typeof value !== "string") return cellText(value).trim();
  return repeated ? cleanRepeated(`${cell?.font ?? ""}\u0000${value}`) : clean(value, cell?.font ?? undefined);
}

type Columns = Partial<Record<FieldId, RosterColumn>>;

/** The first date the fields give, read as the check reads it (pieces, year columns, periods and all). */
type DateRead = Extract<DateReading, { kind: "date" }>;

function firstDate(sheet: SheetInput, row: number, columns: Columns, fields: readonly FieldId[]): DateRead | null {
  for (const field of fields) {
    const column = columns[field];
    const reading = column ? readColumnDate(sheet, row, column) : null;
    if (reading?.kind === "date") return reading;
  }
  return null;
}

function birthOf(sheet: SheetInput, row: number, columns: Columns): Pick<PersonRecord, "birth" | "birthYearOnly"> {
  const reading = firstDate(sheet, row, columns, BIRTH_FIELDS);
  return reading ? { birth: reading.ymd, birthYearOnly: reading.yearOnly } : { birth: null, birthYearOnly: false };
}

function genderOf(cells: RosterRow["cells"]): PersonRecord["gender"] {
  const stated = cells.gender?.value ?? null;
  if (!isBlank(stated)) return genderFromText(cellText(stated));
  const male = !isBlank(cells.birthDateMale?.value ?? null);
  const female = !isBlank(cells.birthDateFemale?.value ?? null);
  return male === female ? null : male ? "male" : "female";
}

/** The people of one roster: one record per data row that names someone (nameless rows are the check's business). */
export function peopleOfSheet(file: string, sheet: SheetInput, layout: RosterLayout): PersonRecord[] {
  const issuer = issuerOf(sheet, layout);
  const originRow = sheet.origin?.row ?? 1;
  const originCol = sheet.origin?.col ?? 1;
  const people: PersonRecord[] = [];
  const columns = columnsByField(layout);
  for (const row of readRows(sheet, layout)) {
    if (row.empty) continue;
    const cells = row.cells;
    const name = text(cells.fullName);
    if (name === "") continue;
    const unit = text(cells.unit, true) || text(cells.unitFrom, true) || issuer;
    people.push({
      file,
      sheet: sheet.name,
      row: row.row + originRow,
      nameColumn: columnLetter((columns.fullName?.col ?? 0) + originCol),
      name,
      key: nameKey(name),
      ...birthOf(sheet, row.row, columns),
      gender: genderOf(cells),
      unit,
      level: levelOf(unit),
      programme: text(cells.programme, true),
      field: text(cells.field, true),
      major: text(cells.major, true),
      kind: layout.kind,
      section: row.section,
      ethnicity: text(cells.ethnicity, true),
      list: layout.title.join(" ").replace(SPACES, " ").trim(),
      sent: firstDate(sheet, row.row, columns, SENT_FIELDS)?.ymd ?? null,
    });
  }
  return people;
}

function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").trim().toLowerCase() === b.normalize("NFC").trim().toLowerCase();
}

/** The people of every list in a workbook (only `settings.rosterSheet` when it is set, as the check does). */
export function extractPeople(file: string, workbook: WorkbookInput, settings: Settings): PersonRecord[] {
  const only = settings.rosterSheet;
  return workbook.sheets.flatMap((sheet) => {
    if (only !== "" && !sameName(sheet.name, only)) return [];
    return locateRosters(sheet, settings).flatMap((layout) => peopleOfSheet(file, sheet, layout));
  });
}
