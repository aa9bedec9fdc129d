import type { Language } from "../../core/i18n/language";
import { feedbackSheets } from "../../core/sheets";
import { sheetsWorkbook } from "../sheets-workbook";
import type { SummaryRun } from "./summary-run";

/** The workbook the board sends back to the unit that sent `file` (see feedbackSheets). */
export function feedbackWorkbook(run: SummaryRun, file: string, lang: Language, madeAt: Date): Promise<Buffer> {
  return sheetsWorkbook(feedbackSheets(run.result, file, lang, madeAt, run.targetsFile), "cadre-roster");
}
