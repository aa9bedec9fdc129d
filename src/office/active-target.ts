import { boxesOverlap, parseBox } from "./addresses";
import type { Capabilities } from "./capabilities";
import { CELL_EDIT_MODE, officeErrorCode } from "./errors";
import { OWN_SHEETS_KEY, parseOwnSheets } from "./own-sheets";
import type { CheckTarget } from "./sheet-area";

export type ActiveTarget = CheckTarget & { sheet: string };

/** The active sheet's name only, for when the selection cannot be read (a chart, several areas). */
async function activeSheetOnly(context: Excel.RequestContext): Promise<ActiveTarget> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  await context.sync();
  return { sheet: sheet.name };
}

/** The table the selection overlaps, when it overlaps exactly one. */
function onlyTable(names: string[]): { table?: string } {
  return names.length === 1 ? { table: names[0] } : {};
}

/**
 * What one click checks: the Excel table the selection is in, else the active sheet.
 * One sync with ExcelApi 1.9 (`Range.getTables`); before it, a second sync compares table ranges.
 */
export async function activeTarget(
  context: Excel.RequestContext,
  caps: Pick<Capabilities, "rangeTables">,
): Promise<ActiveTarget> {
  const worksheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  const selection = context.workbook.getSelectedRange();
  const tables = caps.rangeTables ? selection.getTables(false).load("items/name") : worksheet.tables.load("items/name");
  if (!caps.rangeTables) selection.load("address");
  try {
    await context.sync();
  } catch (error) {
    // The selection only narrows the check: when Excel cannot give it, the whole sheet is checked.
    if (officeErrorCode(error) === CELL_EDIT_MODE) throw error;
    return activeSheetOnly(context);
  }
  if (caps.rangeTables) return { sheet: worksheet.name, ...onlyTable(tables.items.map((t) => t.name)) };

  const ranges = tables.items.map((t) => t.getRange().load("address"));
  if (ranges.length) await context.sync();
  const selected = parseBox(selection.address);
  const hit = tables.items.filter((_, i) => {
    const box = parseBox(ranges[i].address);
    return selected && box && boxesOverlap(selected, box);
  });
  return { sheet: worksheet.name, ...onlyTable(hit.map((t) => t.name)) };
}

/**
 * The visible sheets, in workbook order, for the picker and for reading rosters: the sheets the add-in made
 * (recorded by id, own-sheets.ts) left out, whatever they are called now. One sync.
 */
export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const stored = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY).load("value");
  await context.sync();
  const own = new Set((stored.isNullObject ? [] : parseOwnSheets(stored.value)).map((entry) => entry.id));
  return sheets.items.filter((s) => s.visibility === "Visible" && !own.has(s.id)).map((s) => s.name);
}
