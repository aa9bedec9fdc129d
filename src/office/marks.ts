import { SEVERITY_TONE, TONES } from "../core/colours";
import type { Issue, Severity } from "../core/report/types";
import type { Capabilities } from "./capabilities";
import { cellCount, chunkAddresses, markAddresses } from "./mark-cells";
import { byBudget, methodPathBytes, propertyPathBytes, setBytes, sheetBatchBytes } from "./request-size";

/** The fills of the severities' tones (docs/colours.md): light, so the user's text stays readable. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: TONES[SEVERITY_TONE.error].fill,
  warning: TONES[SEVERITY_TONE.warning].fill,
  info: TONES[SEVERITY_TONE.info].fill,
};

/**
 * The rule of every mark: always true (N of a text is 0), and carrying the add-in's name, so that a mark is
 * known by what it is, wherever it is and whatever its priority. A conditional format's `id` is only its
 * current priority, which changes as formats are added, deleted or the file is saved and opened again
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member),
 * so the add-in keeps no ids.
 */
export const MARK_RULE = '=N("CADRE")+1';

/** Address lists passed to `getRanges` are cut to this length. */
const ADDRESS_CHARS = 2000;
/** Each format is added at the top priority, so the most serious is added last to end on top. */
const ADD_ORDER: readonly Severity[] = ["info", "warning", "error"];

const FILLS = new Set(Object.values(MARK_FILLS));
const canonical = (formula: string) => formula.replace(/\s+/g, "").toUpperCase();

/** A custom format's rule and fill, as read back: a mark has the add-in's rule and one of its fills. */
export function isMark(rule: string, fill: string): boolean {
  return canonical(rule) === canonical(MARK_RULE) && FILLS.has(fill.toUpperCase());
}

export interface MarkResult {
  cells: number;
  formats: number;
}

/**
 * The add-in's marks among the conditional formats on `sheets`, read by content in two syncs: every
 * format's type, then the rule and fill of the custom ones (only a custom format has them:
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-custom-member).
 */
async function findMarks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]) {
  const lists = sheets.map((sheet) => sheet.getRange().conditionalFormats.load("items/type"));
  await context.sync();
  const found = lists.flatMap((list) =>
    list.items
      .filter((format) => format.type === "Custom")
      .map((format) => ({
        format,
        rule: format.custom.rule.load("formula"),
        fill: format.custom.format.fill.load("color"),
      })),
  );
  if (found.length > 0) await context.sync();
  return found.filter((f) => isMark(f.rule.formula, f.fill.color)).map((f) => f.format);
}

function markTargets(
  worksheet: Excel.Worksheet,
  addresses: readonly string[],
  rangeAreas: boolean,
): { address: string; get(): Excel.Range | Excel.RangeAreas }[] {
  // Before ExcelApi 1.9 there is no multi-area range: one format per block of cells.
  return (rangeAreas ? chunkAddresses(addresses, ADDRESS_CHARS) : addresses).map((address) => ({
    address,
    get: () => (rangeAreas ? worksheet.getRanges(address) : worksheet.getRange(address)),
  }));
}

/** One mark's request: its range, the new format and its rule and fill. */
function markBytes(address: string): number {
  return (
    methodPathBytes("getRanges", [address]) +
    propertyPathBytes("ConditionalFormats") +
    methodPathBytes("add", ["Custom"]) +
    propertyPathBytes("Custom") +
    propertyPathBytes("Rule") +
    setBytes("Formula", MARK_RULE) +
    propertyPathBytes("Format") +
    propertyPathBytes("Fill") +
    setBytes("Color", MARK_FILLS.warning)
  );
}

/**
 * Colours the cells of `issues` on `sheetName` with conditional formats of the add-in's own, replacing the
 * marks it made there before. The user's cells and conditional formats are not touched. Three syncs, and
 * one more for each request's worth of marks beyond the first on Excel before ExcelApi 1.9.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  sheetName: string,
  issues: readonly Pick<Issue, "cell" | "severity">[],
  caps: Pick<Capabilities, "conditionalFormats" | "rangeAreas">,
): Promise<MarkResult> {
  if (!caps.conditionalFormats) return { cells: 0, formats: 0 };
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  for (const mark of await findMarks(context, [worksheet])) mark.delete();

  const groups = markAddresses(issues);
  const marks = ADD_ORDER.flatMap((severity) =>
    markTargets(worksheet, groups.get(severity) ?? [], caps.rangeAreas).map((target) => ({ severity, target })),
  );
  const batches = byBudget(marks, (mark) => markBytes(mark.target.address), sheetBatchBytes(sheetName));
  for (const batch of batches.length > 0 ? batches : [[]]) {
    for (const { severity, target } of batch) {
      const format = target.get().conditionalFormats.add("Custom");
      format.custom.rule.formula = MARK_RULE;
      format.custom.format.fill.color = MARK_FILLS[severity];
    }
    await context.sync();
  }
  return { cells: [...groups.values()].reduce((n, list) => n + cellCount(list), 0), formats: marks.length };
}

/** Deletes the add-in's marks on every sheet, recognised by their rule and fill. Returns how many. Four syncs at most. */
export async function clearMarks(context: Excel.RequestContext): Promise<number> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const marks = await findMarks(context, sheets.items);
  if (marks.length === 0) return 0;
  marks.forEach((mark) => mark.delete());
  await context.sync();
  return marks.length;
}
