import type { Worksheet } from "exceljs";
import type { Consolidation } from "../../core/consolidate/types";
import type { Language } from "../../core/report/types";
import { birthValue, listSheet, text } from "./cells";
import { XLSX_LABELS } from "./labels";

const WIDTHS = [6, 26, 12, 8, 34, 8, 34, 14, 24, 16, 40, 34, 18, 7];

/**
 * The consolidated roster: every row of every file, in file order, with the categories it counts in and
 * where it came from. Its header is one the check recognises, so it can itself be checked again.
 */
export function writeRosterSheet(ws: Worksheet, result: Consolidation, lang: Language): void {
  const labels = XLSX_LABELS[lang];
  const categoryLabels = result.achievement.map((c) => c.label);
  const rows = result.rows.map((p, i) => [
    i + 1,
    text(p.name),
    birthValue(p.birth, p.birthYearOnly),
    p.gender === null ? null : labels.gender[p.gender],
    text(p.unit),
    p.level === null ? null : labels.level[p.level],
    text(p.programme),
    text(p.field),
    text(p.major),
    labels.kind[p.kind],
    text(p.categories.map((c) => categoryLabels[c]).join("; ")),
    text(p.file),
    text(p.sheet),
    p.row,
  ]);
  listSheet(ws, labels.rosterHeader, WIDTHS, rows, [3]);
}
