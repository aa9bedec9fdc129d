import type { ConsolidatedRow } from "../consolidate/types";
import type { Language } from "../i18n/language";
import { birthCell, numberCell, textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { SHEET_NAMES } from "./names";
import { headerCells, TITLE } from "./styles";
import type { SheetDescription, SheetRow } from "./types";

const HEADER_ROW = 3;
const WIDTHS = [6, 26, 12, 8, 34, 10, 34, 14, 24, 18, 40, 34, 18, 7, 34];

/**
 * "Danh sách tổng hợp": every roster row of the consolidated files, with its unit, the categories it counts
 * in (`categories` are their labels, by the indexes the rows carry), the file, sheet and row it came
 * from and the sections it was listed under there. Its header is one the check recognises, so the sheet can itself be checked.
 */
export function consolidatedRosterSheet(
  rows: readonly ConsolidatedRow[],
  categories: readonly string[],
  lang: Language,
): SheetDescription {
  const texts = SHEET_TEXTS[lang].consolidated;
  const people: SheetRow[] = rows.map((row, i) => [
    numberCell(i + 1),
    textCell(row.name),
    birthCell(row.birth, row.birthYearOnly),
    row.gender ? textCell(texts.gender[row.gender]) : null,
    textCell(row.unit),
    row.level ? textCell(texts.level[row.level]) : null,
    textCell(row.programme),
    textCell(row.field),
    textCell(row.major),
    textCell(texts.kind[row.kind]),
    textCell(
      row.categories
        .map((c) => categories[c])
        .filter(Boolean)
        .join("; "),
    ),
    textCell(row.file),
    textCell(row.sheet),
    numberCell(row.row),
    row.section === null ? null : textCell(row.section),
  ]);
  return {
    name: SHEET_NAMES.consolidated,
    rows: [[textCell(texts.title(rows.length), TITLE)], [], headerCells(texts.headers), ...people],
    widths: WIDTHS,
    frozenRows: HEADER_ROW,
    autoFilter: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + Math.max(rows.length, 1), right: WIDTHS.length },
  };
}
