import type { Language } from "../i18n/language";
import { REPAIR_DATE_FORMAT, type Repair } from "../repair/types";
import { escapeControlChars } from "../text";
import { numberCell, textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { SHEET_NAMES } from "./names";
import { headerCells } from "./styles";
import type { SheetDescription } from "./types";

const WIDTHS = [24, 8, 40, 40, 36, 30];

/** A repaired cell and the sheet it is on. */
export interface Change {
  sheet: string;
  repair: Repair;
}

/** A value as it was, as text; a control character, which a cell cannot hold, written out as its code ("\u001B"). */
function shown(value: Repair["before"]): string {
  if (value === null) return "";
  return typeof value === "object" ? value.error : escapeControlChars(String(value));
}

/**
 * "Nhật ký sửa": one row per repaired cell (sheet, cell, old value, new value, what was done, rule ids).
 * Old values are text exactly as they were, control characters written out; a new date is a real date in the format the cell got.
 */
export function repairLogSheet(changes: readonly Change[], lang: Language): SheetDescription {
  const texts = SHEET_TEXTS[lang].repairLog;
  return {
    name: SHEET_NAMES.repairLog,
    rows: [
      headerCells(texts.headers),
      ...changes.map(({ sheet, repair }) => [
        textCell(sheet),
        textCell(repair.cell),
        textCell(shown(repair.before)),
        typeof repair.after === "number" ? numberCell(repair.after, REPAIR_DATE_FORMAT) : textCell(shown(repair.after)),
        textCell(repair.rules.map((rule) => texts.done[rule]).join("; ")),
        textCell(repair.rules.join(", ")),
      ]),
    ],
    widths: WIDTHS,
    frozenRows: 1,
  };
}
