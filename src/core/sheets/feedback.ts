import { identity } from "../consolidate/identity";
import type { CategoryResult, Consolidation } from "../consolidate/types";
import type { Language } from "../i18n/language";
import { achievementReportSheet } from "./achievement-report";
import { consolidatedRosterSheet } from "./consolidated-roster";
import { duplicatesSheet } from "./duplicates";
import { findingsSheet } from "./findings";
import { SHEET_NAMES } from "./names";
import type { SheetDescription } from "./types";

/** The unit's own count per category: its people, each once, against no target (the target is the province's). */
function unitCounts(result: Consolidation, file: string): CategoryResult[] {
  const rows = result.rows.filter((row) => row.file === file);
  return result.achievement.map((category, c) => {
    const mine = rows.filter((row) => row.categories.includes(c));
    const sent = new Set(mine.map((row, i) => identity(row) ?? `#${i}`)).size;
    return {
      ...category,
      target: null,
      rows: mine.length,
      sent,
      share: null,
      percent: null,
      status: null,
      gap: null,
      zeroSent: sent === 0,
    };
  });
}

/**
 * What the board sends back to the unit that sent `file`: the province's results, the unit's own people per
 * category, its rows as consolidated, the people it shares with other units' files and its file's findings
 * with their cells and fixes. The same sheets as the board's own report, so they read without the add-in.
 */
export function feedbackSheets(
  result: Consolidation,
  file: string,
  lang: Language,
  madeAt: Date,
  targetsFrom: string,
): SheetDescription[] {
  const readable = result.perFile.filter((f) => f.error === null).length;
  const rows = result.rows.filter((row) => row.file === file);
  const unitPeople = new Set(rows.map((row, i) => identity(row) ?? `#${i}`)).size;
  return [
    achievementReportSheet(
      {
        achievement: result.achievement,
        rotation: result.rotation,
        files: readable,
        people: result.people,
        madeAt,
        targetsFrom,
      },
      lang,
    ),
    {
      ...achievementReportSheet(
        {
          achievement: unitCounts(result, file),
          rotation: null,
          files: 1,
          people: unitPeople,
          madeAt,
          targetsFrom: file,
        },
        lang,
      ),
      name: SHEET_NAMES.unitResult,
    },
    consolidatedRosterSheet(
      rows,
      result.achievement.map((c) => c.label),
      lang,
    ),
    duplicatesSheet(
      { crossFileDuplicates: result.crossFileDuplicates.filter((d) => d.places.some((p) => p.file === file)) },
      lang,
    ),
    findingsSheet({ perFile: result.perFile.filter((f) => f.file === file) }, lang),
  ];
}
