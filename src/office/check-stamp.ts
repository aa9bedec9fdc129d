import type { Language } from "../core/report/types";
import { formatCheckedAt } from "./report-rows";

/** The `workbook.settings` key holding the last check's date and result, for whoever opens the file. */
export const STAMP_KEY = "cadre.lastCheck";

/**
 * The small visible note: a sheet of its own, replaced on each stamp, so that a recipient without the
 * add-in sees what was checked and when. Cell notes would need ExcelApi 1.18; a sheet works everywhere.
 */
export const STAMP_SHEET = "Thông tin kiểm tra";

export interface CheckStamp {
  sheet: string;
  checkedAt: Date;
  errors: number;
  warnings: number;
  infos: number;
  /** Cells whose CADRE formulas were replaced by their values for sending. */
  frozen: number;
}

const LINES: Readonly<Record<Language, (s: CheckStamp) => string[]>> = {
  vi: (s) => [
    "Thông tin kiểm tra danh sách",
    `Trang tính được kiểm tra: ${s.sheet}`,
    `Thời điểm kiểm tra: ${formatCheckedAt(s.checkedAt)}`,
    `Kết quả: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} lưu ý`,
    `Số ô công thức CADRE đã thay bằng giá trị: ${s.frozen}`,
  ],
  en: (s) => [
    "Roster check information",
    `Sheet checked: ${s.sheet}`,
    `Checked at: ${formatCheckedAt(s.checkedAt)}`,
    `Result: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} notes`,
    `CADRE formula cells replaced by their values: ${s.frozen}`,
  ],
};

/**
 * Records the last check in the workbook's settings and on the sheet "Thông tin kiểm tra" (replaced each
 * time, written as text so a sheet name can never become a formula). No other sheet is touched. Two syncs.
 */
export async function stampCheck(context: Excel.RequestContext, stamp: CheckStamp, lang: Language): Promise<string> {
  const earlier = context.workbook.worksheets.getItemOrNullObject(STAMP_SHEET);
  await context.sync();
  if (!earlier.isNullObject) earlier.delete();
  const lines = LINES[lang](stamp);
  const sheet = context.workbook.worksheets.add(STAMP_SHEET);
  const range = sheet.getRange(`A1:A${lines.length}`);
  range.numberFormat = lines.map(() => ["@"]);
  range.values = lines.map((line) => [line]);
  sheet.getRange("A1").format.font.bold = true;
  const { checkedAt, ...rest } = stamp;
  context.workbook.settings.add(STAMP_KEY, JSON.stringify({ ...rest, checkedAt: checkedAt.toISOString() }));
  await context.sync();
  return STAMP_SHEET;
}
