import type { Language } from "../i18n/language";
import { textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { SHEET_NAMES } from "./names";
import { TITLE } from "./styles";
import { formatDateTime } from "../i18n/format";
import type { SheetDescription } from "./types";

export interface CheckStamp {
  sheet: string;
  checkedAt: Date;
  errors: number;
  warnings: number;
  infos: number;
  /** Cells whose CADRE formulas were replaced by their values for sending. */
  frozen: number;
}

/** "Thông tin kiểm tra": what was checked, when, what was found, so that a recipient without the add-in sees it. */
export function checkStampSheet(stamp: CheckStamp, lang: Language): SheetDescription {
  const texts = SHEET_TEXTS[lang].stamp;
  return {
    name: SHEET_NAMES.stamp,
    rows: [
      [textCell(texts.title, TITLE)],
      [textCell(texts.sheet(stamp.sheet))],
      [textCell(texts.checkedAt(formatDateTime(stamp.checkedAt, lang)))],
      [textCell(texts.result(stamp.errors, stamp.warnings, stamp.infos))],
      [textCell(texts.frozen(stamp.frozen))],
    ],
    widths: [60],
  };
}
