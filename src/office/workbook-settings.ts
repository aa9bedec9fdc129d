import { resolveSettings, type Settings } from "../core/settings";
import { parseStored } from "./stored-json";

/** The `workbook.settings` key under which the rule thresholds travel with the file. */
export const SETTINGS_KEY = "cadre.settings";

/** The workbook's thresholds, defaults filling whatever is missing or malformed. One sync. */
export async function loadSettings(context: Excel.RequestContext): Promise<Settings> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await context.sync();
  return resolveSettings(item.isNullObject ? undefined : parseStored(item.value));
}

/** Stores `changes` over the workbook's current thresholds; returns what is now stored. Two syncs. */
export async function saveSettings(context: Excel.RequestContext, changes: Partial<Settings>): Promise<Settings> {
  const next = resolveSettings({ ...(await loadSettings(context)), ...changes });
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(next));
  await context.sync();
  return next;
}
