import { type Language, languageOf } from "../../core/i18n";

/**
 * Where the user's choice of the pane's language is kept: per user and computer, not in the workbook (browser storage,
 * as https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings suggests for per-user data).
 */
const KEY = "cadre.paneLanguage";

/** The part of Web Storage the choice needs; the webview's `localStorage`, which a strict policy may deny. */
export type ChoiceStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The language the user chose in the settings, or null to follow Office's display language. */
export function chosenLanguage(storage: ChoiceStorage | null): Language | null {
  try {
    const value = storage?.getItem(KEY);
    return value === "vi" || value === "en" ? value : null;
  } catch {
    return null;
  }
}

/** The pane's language: the user's choice, else Vietnamese for a Vietnamese Office and English otherwise. */
export function paneLanguage(displayLanguage: string, storage: ChoiceStorage | null): Language {
  return chosenLanguage(storage) ?? languageOf(displayLanguage);
}

/** Keeps the choice (null: follow Office again); false when this webview keeps no storage. */
export function chooseLanguage(storage: ChoiceStorage | null, choice: Language | null): boolean {
  try {
    if (!storage) return false;
    if (choice === null) storage.removeItem(KEY);
    else storage.setItem(KEY, choice);
    return true;
  } catch {
    return false;
  }
}

/** The webview's local storage, or null where reaching it throws (storage blocked). */
export function localStorageOrNull(): ChoiceStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
