import { SEVERITY_TONE, TONES } from "../core/colours";
import type { Issue, Severity } from "../core/report/types";
import type { Capabilities } from "./capabilities";
import { cellCount, chunkAddresses, markAddresses } from "./mark-cells";
import { MARKS_KEY, type MarkRecord, onSheet, parseMarks } from "./marks-record";

/** The fills of the severities' tones (docs/colours.md): light, so the user's text stays readable. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: TONES[SEVERITY_TONE.error].fill,
  warning: TONES[SEVERITY_TONE.warning].fill,
  info: TONES[SEVERITY_TONE.info].fill,
};

/** A rule that always holds: the fill shows on every cell the format covers. */
const ALWAYS = "=TRUE";
/** Address lists passed to `getRanges` are cut to this length. */
const ADDRESS_CHARS = 2000;
/** Each format is added at the top priority, so the most serious is added last to end on top. */
const ADD_ORDER: readonly Severity[] = ["info", "warning", "error"];

export interface MarkResult {
  cells: number;
  formats: number;
}

function markTargets(
  worksheet: Excel.Worksheet,
  addresses: readonly string[],
  rangeAreas: boolean,
): (Excel.Range | Excel.RangeAreas)[] {
  // Before ExcelApi 1.9 there is no multi-area range: one format per block of cells, all in one batch.
  return rangeAreas
    ? chunkAddresses(addresses, ADDRESS_CHARS).map((list) => worksheet.getRanges(list))
    : addresses.map((a) => worksheet.getRange(a));
}

/**
 * Colours the cells of `issues` on `sheetName` with conditional formats of the add-in's own, replacing
 * the marks it made there before, and records the formats' ids in the workbook's settings so anyone
 * who opens the file can clear them. Cells and the user's own formats are not touched. Three syncs.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  sheetName: string,
  issues: readonly Pick<Issue, "cell" | "severity">[],
  caps: Pick<Capabilities, "conditionalFormats" | "rangeAreas">,
): Promise<MarkResult> {
  if (!caps.conditionalFormats) return { cells: 0, formats: 0 };
  const worksheet = context.workbook.worksheets.getItem(sheetName).load("name,id");
  const stored = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
  const present = worksheet.getRange().conditionalFormats.load("items/id");
  await context.sync();

  const record = stored.isNullObject ? [] : parseMarks(stored.value);
  // Format ids are unique in the workbook: a recorded id found on this sheet is one of this sheet's marks.
  const recorded = new Set(record.map((r) => r.id));
  const replaced = new Set(present.items.filter((f) => recorded.has(f.id)).map((f) => f.id));
  present.items.filter((f) => replaced.has(f.id)).forEach((f) => f.delete());
  const groups = markAddresses(issues);
  const added: Excel.ConditionalFormat[] = [];
  for (const severity of ADD_ORDER) {
    for (const target of markTargets(worksheet, groups.get(severity) ?? [], caps.rangeAreas)) {
      const format = target.conditionalFormats.add("Custom");
      format.custom.rule.formula = ALWAYS;
      format.custom.format.fill.color = MARK_FILLS[severity];
      added.push(format.load("id"));
    }
  }
  await context.sync();

  const kept = record.filter((r) => !replaced.has(r.id) && r.sheetId !== worksheet.id);
  const made: MarkRecord[] = added.map((f) => ({ sheet: worksheet.name, sheetId: worksheet.id, id: f.id }));
  context.workbook.settings.add(MARKS_KEY, JSON.stringify([...kept, ...made]));
  await context.sync();
  return { cells: [...groups.values()].reduce((n, list) => n + cellCount(list), 0), formats: added.length };
}

/**
 * Deletes exactly the conditional formats the settings record names (those the user deleted already
 * are skipped), then the record. Returns how many were deleted. At most three syncs.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<number> {
  const stored = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  if (stored.isNullObject) return 0;

  const record = parseMarks(stored.value);
  const lookups = sheets.items
    .map((sheet) => ({ ids: new Set(record.filter((r) => onSheet(r, sheet)).map((r) => r.id)), sheet }))
    .filter((l) => l.ids.size > 0)
    .map((l) => ({ ids: l.ids, formats: l.sheet.getRange().conditionalFormats.load("items/id") }));
  if (lookups.length) await context.sync();

  let deleted = 0;
  for (const { ids, formats } of lookups) {
    for (const format of formats.items.filter((f) => ids.has(f.id))) {
      format.delete();
      deleted += 1;
    }
  }
  stored.delete();
  await context.sync();
  return deleted;
}
