import type { Settings } from "../../core/settings";
import type { SettingsTexts } from "./i18n";

export type NumberSetting = "postgradMaxAge" | "postgradMaxAgeNew" | "rotationMinYears";

export interface NumberField {
  key: NumberSetting;
  min: number;
  max: number;
}

/** The thresholds a user may change in the pane, with the range that makes sense for each. */
export const NUMBER_FIELDS: readonly NumberField[] = [
  { key: "postgradMaxAge", min: 18, max: 70 },
  { key: "postgradMaxAgeNew", min: 18, max: 70 },
  { key: "rotationMinYears", min: 0, max: 45 },
];

export type SettingsFormValues = Readonly<Record<NumberSetting | "rosterSheet", string>>;

export type FormResult = { ok: true; changes: Partial<Settings> } | { ok: false; field: NumberField };

export function fieldLabel(
  key: NumberSetting,
  texts: SettingsTexts,
  settings: Pick<Settings, "postgradAgeChangeDate">,
): string {
  if (key === "postgradMaxAge") return texts.postgradMaxAge(settings.postgradAgeChangeDate);
  if (key === "postgradMaxAgeNew") return texts.postgradMaxAgeNew(settings.postgradAgeChangeDate);
  return texts.rotationMinYears;
}

/** The form's texts as settings; the first field that is not a whole number in its range is the error. */
export function readSettingsForm(values: SettingsFormValues): FormResult {
  const changes: Partial<Settings> = { rosterSheet: values.rosterSheet };
  for (const field of NUMBER_FIELDS) {
    const text = values[field.key].trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < field.min || n > field.max) return { ok: false, field };
    changes[field.key] = n;
  }
  return { ok: true, changes };
}
