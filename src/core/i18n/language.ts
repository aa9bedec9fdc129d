/** The languages the product speaks: Vietnamese first, English for everyone else. */
export const LANGUAGES = ["vi", "en"] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** Vietnamese for a Vietnamese display language ("vi", "vi-VN") or none at all; English for any other. */
export function languageOf(displayLanguage: string | null | undefined): Language {
  return displayLanguage && !displayLanguage.trim().toLowerCase().startsWith("vi") ? "en" : "vi";
}
