import type { Consolidation } from "../consolidate/types";
import type { Language } from "../i18n/language";
import { birthCell, numberCell, textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { SHEET_NAMES } from "./names";
import { headerCells } from "./styles";
import type { SheetDescription, SheetRow } from "./types";

const WIDTHS = [7, 26, 12, 34, 18, 7, 34, 34];

/** "Trùng giữa các tệp": one row per place a person listed in more than one file appears, numbered by person. */
export function duplicatesSheet(result: Pick<Consolidation, "crossFileDuplicates">, lang: Language): SheetDescription {
  const texts = SHEET_TEXTS[lang].duplicates;
  const rows: SheetRow[] = result.crossFileDuplicates.flatMap((person, group) =>
    person.places.map((place) => [
      numberCell(group + 1),
      textCell(person.name),
      birthCell(person.birth, person.birthYearOnly),
      textCell(place.file),
      textCell(place.sheet),
      numberCell(place.row),
      textCell(place.unit),
      textCell(place.programme),
    ]),
  );
  return {
    name: SHEET_NAMES.duplicates,
    rows: [headerCells(texts.headers), ...(rows.length ? rows : [[null, textCell(texts.none)]])],
    widths: WIDTHS,
    frozenRows: 1,
    autoFilter: { top: 1, left: 1, bottom: 1 + Math.max(rows.length, 1), right: WIDTHS.length },
  };
}
