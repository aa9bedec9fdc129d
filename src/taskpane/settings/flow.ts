import type { Language } from "../../core/i18n";
import type { Settings } from "../../core/settings";
import type { Guard } from "../shell/guard";
import { type MessageElements, showStatus } from "../shell/messages";
import { chooseLanguage, chosenLanguage, localStorageOrNull } from "../shell/language-choice";
import { applyTexts } from "../shell/page";
import { fillSheetPicker } from "../shell/sheet-picker";
import type { PaneStore } from "../shell/store";
import { fieldLabel, readSettingsForm } from "./form";
import { SETTINGS_TEXTS } from "./i18n";
import { readSettingsValues, renderSettings, type SettingsElements, showSettingsError } from "./view";
import type { SettingsWorkbook } from "./workbook";

export interface SettingsContext {
  lang: Language;
  els: SettingsElements;
  messages: MessageElements;
  workbook: SettingsWorkbook;
  /** Where this Excel can keep settings in the file (ExcelApi 1.4); elsewhere the form is read-only. */
  canSave: boolean;
  store: PaneStore;
  guard: Guard;
  /** The settings just saved in the workbook. */
  onSaved(settings: Settings): void;
}

export interface SettingsFlow {
  /** Fills the form with the settings in force. */
  show(): void;
}

/**
 * The settings form: on submit, every number is checked against its range (the first one out of range is
 * pointed at), then the settings are saved into the workbook.
 */
export function startSettings(context: SettingsContext): SettingsFlow {
  const { els, messages, workbook, store, guard } = context;
  const texts = SETTINGS_TEXTS[context.lang];
  applyTexts(document, "settings", texts);

  const save = guard(async () => {
    const form = readSettingsForm(readSettingsValues(els));
    if (!form.ok) {
      const { field } = form;
      return showSettingsError(els, {
        field,
        text: texts.wholeNumber(
          fieldLabel(field.key, texts, store.state.settings),
          String(field.min),
          String(field.max),
        ),
      });
    }
    showSettingsError(els, null);
    const saved = await workbook.saveSettings(form.changes);
    store.setSettings(saved);
    context.onSaved(saved);
    showStatus(messages, texts.saved);
  });
  els.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void save();
  });
  // The pane's words are put in place as it starts: a new language takes a reload, which keeps the workbook as it is.
  const storage = localStorageOrNull();
  els.language.value = chosenLanguage(storage) ?? "";
  els.language.addEventListener("change", () => {
    const value = els.language.value;
    const choice = value === "vi" || value === "en" ? value : null;
    if (chooseLanguage(storage, choice)) window.location.reload();
    else showStatus(messages, texts.languageNotKept);
  });
  store.subscribe((state, before) => {
    if (state.sheets !== before.sheets) fillSheetPicker(els.rosterSheet, state.sheets, texts.rosterSheetAny);
  });
  return {
    show: () => renderSettings(els, store.state.settings, store.state.sheets, texts, context.canSave),
  };
}
