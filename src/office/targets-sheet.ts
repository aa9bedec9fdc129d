import { a1 } from "../core/grid/address";
import { SHEET_NAMES, targetsTemplateSheet } from "../core/sheets";
import { readTargets } from "../core/targets/read-targets";
import type { TargetsGrid } from "../core/targets/default-grid";
import type { TargetsRead } from "../core/targets/types";
import type { Capabilities } from "./capabilities";
import { readSheet } from "./read-sheet";
import { hostSheetFeatures } from "./sheet-features";
import { writeSheet } from "./write-sheet";

/** The targets sheet the user fills in; the add-in creates it once and afterwards only reads it. */
export const TARGETS_SHEET = SHEET_NAMES.targets;

export type CreateTargetsResult =
  { created: true; sheet: string; categories: number } | { created: false; sheet: string };

/**
 * Creates "Chỉ tiêu" from `grid` (src/core/sheets/targets-template.ts: title, note, header, one row per
 * category, blank targets) and shows it.
 * A sheet of that name is the user's: it is left as it is and nothing is written. No other sheet is touched.
 * Two syncs.
 */
export async function createTargetsSheet(
  context: Excel.RequestContext,
  grid: TargetsGrid,
): Promise<CreateTargetsResult> {
  const existing = context.workbook.worksheets.getItemOrNullObject(TARGETS_SHEET);
  await context.sync();
  if (!existing.isNullObject) return { created: false, sheet: TARGETS_SHEET };

  const sheet = context.workbook.worksheets.add(TARGETS_SHEET);
  sheet.activate();
  // The cell to fill in first: the first category's target.
  sheet.getRange(a1(grid.headerRow + 2, grid.targetColumn + 1)).select();
  await writeSheet(context, sheet, targetsTemplateSheet(grid), hostSheetFeatures());
  return { created: true, sheet: TARGETS_SHEET, categories: grid.values.length - grid.headerRow - 1 };
}

export type TargetsSheetRead = TargetsRead | { ok: false; problem: "no-sheet" };

/** The targets of "Chỉ tiêu" (or of `sheet`), read like any sheet and understood by the core. Reads only. */
export async function readTargetsSheet(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheet = TARGETS_SHEET,
): Promise<TargetsSheetRead> {
  const found = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (found.isNullObject) return { ok: false, problem: "no-sheet" };
  return readTargets(await readSheet(context, { sheet }, { caps }));
}
