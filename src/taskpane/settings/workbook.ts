import type { Settings } from "../../core/settings";
import { saveSettings } from "../../office";
import type { ExcelRun } from "../shell/excel-run";

/** What the settings form asks of Excel: the thresholds kept in the workbook's settings. */
export interface SettingsWorkbook {
  saveSettings(changes: Partial<Settings>): Promise<Settings>;
}

export function settingsWorkbook(run: ExcelRun): SettingsWorkbook {
  return { saveSettings: (changes) => run((context) => saveSettings(context, changes)) };
}
