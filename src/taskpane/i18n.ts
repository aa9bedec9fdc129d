/** The task pane speaks Vietnamese, or English where Office runs in another language. */
export type Language = "vi" | "en";

export interface PaneStrings {
  appName: string;
  version: string;
}

export const STRINGS: Readonly<Record<Language, PaneStrings>> = {
  vi: { appName: "Danh sách cán bộ trẻ", version: "Phiên bản" },
  en: { appName: "Young cadre roster", version: "Version" },
};

/** Vietnamese unless Office reports a display language (e.g. "en-US") that is not Vietnamese. */
export function languageOf(displayLanguage: string | null | undefined): Language {
  return displayLanguage && !displayLanguage.toLowerCase().startsWith("vi") ? "en" : "vi";
}
