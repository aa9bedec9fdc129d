import type { Settings } from "../../core/settings";
import { byId, h } from "../shell/dom";
import { fillSheetPicker } from "../shell/sheet-picker";
import { fieldLabel, NUMBER_FIELDS, type NumberField, type SettingsFormValues } from "./form";
import type { SettingsTexts } from "./i18n";

/** The elements of the settings form in taskpane.html. */
export interface SettingsElements {
  form: HTMLFormElement;
  hint: HTMLElement;
  fields: HTMLElement;
  rosterSheet: HTMLSelectElement;
  error: HTMLElement;
  save: HTMLButtonElement;
  language: HTMLSelectElement;
}

export function settingsElements(): SettingsElements {
  return {
    form: byId("settings-form", HTMLFormElement),
    hint: byId("settings-hint", HTMLElement),
    fields: byId("settings-fields", HTMLElement),
    rosterSheet: byId("setting-rosterSheet", HTMLSelectElement),
    error: byId("settings-error", HTMLElement),
    save: byId("save", HTMLButtonElement),
    language: byId("pane-language", HTMLSelectElement),
  };
}

const inputId = (field: NumberField) => `setting-${field.key}`;

/** The thresholds as stored in the workbook; read-only where this Excel cannot keep settings. */
export function renderSettings(
  els: SettingsElements,
  settings: Settings,
  sheets: readonly string[],
  texts: SettingsTexts,
  canSave: boolean,
): void {
  els.fields.replaceChildren(
    ...NUMBER_FIELDS.map((field) =>
      h(
        "div",
        { class: "field" },
        h("label", { class: "field-label", attrs: { for: inputId(field) } }, fieldLabel(field.key, texts, settings)),
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
  fillSheetPicker(els.rosterSheet, sheets, texts.rosterSheetAny, settings.rosterSheet);
  els.hint.textContent = canSave ? texts.hint : texts.unavailable;
  els.form
    .querySelectorAll("input, select, button")
    .forEach((control) => control.toggleAttribute("disabled", !canSave));
  showSettingsError(els, null);
}

function numberInput(els: SettingsElements, field: NumberField): HTMLInputElement | null {
  const input = els.fields.querySelector(`#${inputId(field)}`);
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
  els.error.hidden = error === null;
  els.error.textContent = error?.text ?? "";
  for (const field of NUMBER_FIELDS) numberInput(els, field)?.removeAttribute("aria-invalid");
  if (!error) return;
  const input = numberInput(els, error.field);
  input?.setAttribute("aria-invalid", "true");
  input?.setAttribute("aria-describedby", els.error.id);
  input?.focus();
}
