import { newId, type SheetModel, type WorkbookModel } from "./model";

/** The name Excel gives a copy: "Danh sách (2)", or the next free number, kept within 31 characters. */
function copyName(workbook: WorkbookModel, name: string): string {
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function tableName(workbook: WorkbookModel, name: string): string {
  const taken = new Set(workbook.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
  for (let n = 2; ; n++) if (!taken.has(`${name}${n}`.toLowerCase())) return `${name}${n}`;
}

/**
 * `Worksheet.copy` (ExcelApi 1.7): a new visible sheet with the cells, formats, merges and conditional
 * formats of `source`; its tables get new names, as table names are unique in a workbook. "None" (the
 * default) puts the copy first, as Excel does; "Before"/"After" place it next to `relativeTo`.
 */
export function copySheet(
  workbook: WorkbookModel,
  source: SheetModel,
  positionType: string,
  relativeTo: SheetModel | null,
): SheetModel {
  const copy: SheetModel = {
    ...structuredClone(source),
    id: newId(),
    name: copyName(workbook, source.name),
    visibility: "Visible",
  };
  copy.tables = copy.tables.map((t) => ({ ...t, name: tableName(workbook, t.name) }));
  const anchor = relativeTo ? workbook.sheets.indexOf(relativeTo) : -1;
  const at = { Before: anchor, After: anchor + 1, Beginning: 0, End: workbook.sheets.length }[positionType] ?? 0;
  workbook.sheets.splice(Math.max(0, at), 0, copy);
  return copy;
}
