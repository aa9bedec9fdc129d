import { progressOf } from "../../core/consolidate/progress";
import type { Language } from "../../core/i18n/language";
import { achievementReportSheet, consolidatedRosterSheet, duplicatesSheet, findingsSheet } from "../../core/sheets";
import { sheetsWorkbook } from "../sheets-workbook";
import type { SummaryRun } from "./summary-run";

/**
 * The summary as a workbook: the achievement report first (the same sheet the task pane makes, with the
 * progress by year under it), then the
 * consolidated roster (the same too), the people listed in more than one file and each file's check.
 */
export function reportWorkbook(run: SummaryRun, lang: Language, madeAt: Date): Promise<Buffer> {
  const { result } = run;
  const categories = result.achievement.map((c) => c.label);
  return sheetsWorkbook(
    [
      achievementReportSheet(
        {
          achievement: result.achievement,
          rotation: result.rotation,
          files: result.perFile.filter((file) => file.error === null).length,
          people: result.people,
          madeAt,
          targetsFrom: run.targetsFile,
          progress: progressOf(result, run.term),
          planning: result.planning,
        },
        lang,
      ),
      consolidatedRosterSheet(result.rows, categories, lang),
      duplicatesSheet(result, lang),
      findingsSheet(result, lang),
    ],
    "cadre-roster",
  );
}
