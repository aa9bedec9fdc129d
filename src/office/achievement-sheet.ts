import type { Language } from "../core/i18n/language";
import { achievementReportSheet, type AchievementInput as ReportInput, SHEET_NAMES } from "../core/sheets";
import { replaceOwnSheet } from "./own-sheet";
import { withFeatures } from "./sheet-features";

/** The add-in's own sheet: replaced each time the report is made. */
export const ACHIEVEMENT_SHEET = SHEET_NAMES.achievement;

export type AchievementInput = Omit<ReportInput, "madeAt">;

export interface AchievementOptions {
  /** Conditional colours (ExcelApi 1.6); the host's by default. */
  conditionalFormats?: boolean;
  /** The chart of share of plan; off where the host draws no charts. */
  chart?: boolean;
  at?: Date;
}

/** (Re)creates "Báo cáo kết quả" (src/core/sheets/achievement-report.ts) and shows it. Three syncs (own-sheet.ts). */
export async function writeAchievementSheet(
  context: Excel.RequestContext,
  input: AchievementInput,
  lang: Language,
  options: AchievementOptions = {},
): Promise<{ sheet: string; categories: number }> {
  const description = achievementReportSheet({ ...input, madeAt: options.at ?? new Date() }, lang);
  const features = withFeatures({ conditionalFormats: options.conditionalFormats, charts: options.chart });
  const sheet = await replaceOwnSheet(context, "achievement", description, features);
  return { sheet, categories: input.achievement.length };
}
