import type { Language } from "../core/i18n/language";
import { type CheckStamp, checkStampSheet, SHEET_NAMES } from "../core/sheets";
import { replaceOwnSheet } from "./own-sheet";
import { hostSheetFeatures } from "./sheet-features";

export type { CheckStamp } from "../core/sheets";

/** The `workbook.settings` key holding the last check's date and result, for whoever opens the file. */
export const STAMP_KEY = "cadre.lastCheck";

/**
 * The small visible note: a sheet of its own, replaced on each stamp, so that a recipient without the
 * add-in sees what was checked and when. Cell notes would need ExcelApi 1.18; a sheet works everywhere.
 */
export const STAMP_SHEET = SHEET_NAMES.stamp;

/**
 * Records the last check in the workbook's settings and on the sheet "Thông tin kiểm tra"
 * (src/core/sheets/check-stamp.ts), replaced each time and not shown. No other sheet is touched. Three syncs (own-sheet.ts).
 */
export async function stampCheck(context: Excel.RequestContext, stamp: CheckStamp, lang: Language): Promise<string> {
  const { checkedAt, ...rest } = stamp;
  context.workbook.settings.add(STAMP_KEY, JSON.stringify({ ...rest, checkedAt: checkedAt.toISOString() }));
  return replaceOwnSheet(context, "check-stamp", checkStampSheet(stamp, lang), hostSheetFeatures(), { show: false });
}
