import type { Language } from "../../core/report/types";
import type { PaneStrings } from "./strings";
import { STRINGS_EN } from "./en";
import { STRINGS_VI } from "./vi";

/** The task pane speaks Vietnamese, or English where Office runs in another language. */
export type { Language };
export type { PaneStrings };

export const STRINGS: Readonly<Record<Language, PaneStrings>> = { vi: STRINGS_VI, en: STRINGS_EN };

/** Vietnamese unless Office reports a display language (e.g. "en-US") that is not Vietnamese. */
export function languageOf(displayLanguage: string | null | undefined): Language {
  return displayLanguage && !displayLanguage.toLowerCase().startsWith("vi") ? "en" : "vi";
}
