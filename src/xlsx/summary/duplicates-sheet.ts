import type { Worksheet } from "exceljs";
import type { Consolidation } from "../../core/consolidate/types";
import type { Language } from "../../core/report/types";
import { birthValue, listSheet, text } from "./cells";
import { XLSX_LABELS } from "./labels";

const WIDTHS = [7, 26, 12, 34, 18, 7, 34, 34];

/** One row per place a duplicated person appears, grouped by person. */
export function writeDuplicatesSheet(ws: Worksheet, result: Consolidation, lang: Language): void {
  const labels = XLSX_LABELS[lang];
  const rows = result.crossFileDuplicates.flatMap((d, group) =>
    d.places.map((p) => [
      group + 1,
      text(d.name),
      birthValue(d.birth, d.birthYearOnly),
      text(p.file),
      text(p.sheet),
      p.row,
      text(p.unit),
      text(p.programme),
    ]),
  );
  listSheet(ws, labels.duplicatesHeader, WIDTHS, rows.length > 0 ? rows : [[null, labels.noDuplicates]], [3]);
}
