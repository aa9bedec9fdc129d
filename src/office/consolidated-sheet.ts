import type { ConsolidatedRow } from "../core/consolidate/types";
import type { Language } from "../core/i18n/language";
import { consolidatedRosterSheet, SHEET_NAMES } from "../core/sheets";
import { replaceOwnSheet } from "./own-sheet";
import { hostSheetFeatures } from "./sheet-features";

/** The add-in's own sheet: replaced on each consolidation. */
export const CONSOLIDATED_SHEET = SHEET_NAMES.consolidated;

export interface ConsolidatedOptions {
  /** The category labels, by the indexes the rows carry. */
  categories?: readonly string[];
  /** After each request: roster rows written, of all of them. */
  onProgress?(done: number, total: number): void;
}

/**
 * (Re)creates "Danh sách tổng hợp" (src/core/sheets/consolidated-roster.ts) and shows it. One sync to find an
 * earlier sheet, then one per request, sized by bytes whatever the number of rows.
 */
export async function writeConsolidatedSheet(
  context: Excel.RequestContext,
  rows: readonly ConsolidatedRow[],
  lang: Language,
  options: ConsolidatedOptions = {},
): Promise<{ sheet: string; rows: number }> {
  const description = consolidatedRosterSheet(rows, options.categories ?? [], lang);
  const above = description.rows.length - rows.length;
  const sheet = await replaceOwnSheet(context, "consolidated", description, hostSheetFeatures(), {
    onProgress: (done) => options.onProgress?.(Math.max(done - above, 0), rows.length),
  });
  return { sheet, rows: rows.length };
}
