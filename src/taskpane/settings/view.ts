import type { Settings } from "../../core/settings";
import { h } from "../shell/dom";
import type { PaneElements } from "../shell/page";
import { fieldLabel, NUMBER_FIELDS, type NumberField, type SettingsFormValues } from "./form";
import type { PaneStrings } from "../i18n/strings";
import { fillSheetPicker } from "../shell/view-pickers";

type SettingsElements = Pick<
  PaneElements,
  "settingsForm" | "settingsHint" | "settingsFields" | "rosterSheet" | "settingsError" | "save"
>;

const inputId = (field: NumberField) => `setting-${field.key}`;

/** The thresholds as stored in the workbook; read-only where this Excel cannot keep settings. */
export function renderSettings(
  els: SettingsElements,
  settings: Settings,
  sheets: readonly string[],
  strings: PaneStrings,
  canSave: boolean,
): void {
  els.settingsFields.replaceChildren(
    ...NUMBER_FIELDS.map((field) =>
      h(
        "div",
        { class: "field" },
        h("label", { class: "field-label", attrs: { for: inputId(field) } }, fieldLabel(field.key, strings, settings)),
        h("input", {
          class: "input",
          attrs: {
            id: inputId(field),
            type: "number",
            inputmode: "numeric",
            min: String(field.min),
            max: String(field.max),
            step: "1",
            value: String(settings[field.key]),
          },
        }),
      ),
    ),
  );
  fillSheetPicker(els.rosterSheet, sheets, strings.rosterSheetAny, settings.rosterSheet);
  els.settingsHint.textContent = canSave ? strings.settingsHint : strings.settingsUnavailable;
  els.settingsForm
    .querySelectorAll("input, select, button")
    .forEach((control) => control.toggleAttribute("disabled", !canSave));
  showSettingsError(els, null);
}

function numberInput(els: SettingsElements, field: NumberField): HTMLInputElement | null {
  const input = els.settingsFields.querySelector(`#${inputId(field)}`);
  return input instanceof HTMLInputElement ? input : null;
}

export function readSettingsValues(els: SettingsElements): SettingsFormValues {
  const values: Record<keyof SettingsFormValues, string> = {
    postgradMaxAge: "",
    postgradMaxAgeNew: "",
    rotationMinYears: "",
    rosterSheet: els.rosterSheet.value,
  };
  for (const field of NUMBER_FIELDS) values[field.key] = numberInput(els, field)?.value ?? "";
  return values;
}

/** Names the field that is wrong (or clears the error) and puts the cursor in it. */
export function showSettingsError(els: SettingsElements, error: { field: NumberField; text: string } | null): void {
  els.settingsError.hidden = error === null;
  els.settingsError.textContent = error?.text ?? "";
  for (const field of NUMBER_FIELDS) numberInput(els, field)?.removeAttribute("aria-invalid");
  if (!error) return;
  const input = numberInput(els, error.field);
  input?.setAttribute("aria-invalid", "true");
  input?.setAttribute("aria-describedby", els.settingsError.id);
  input?.focus();
}
