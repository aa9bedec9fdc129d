import type { Language } from "../core/i18n";
import { DEFAULT_LIMITS } from "../xlsx/limits";
import { FIX_MESSAGES } from "./fix/i18n";
import { CLI_MESSAGES } from "./i18n";
import { SUMMARY_MESSAGES } from "./summary/i18n";

/** Every command's usage: check and fix, then summary. */
export function help(lang: Language): string {
  return CLI_MESSAGES[lang].help(DEFAULT_LIMITS) + FIX_MESSAGES[lang].help + SUMMARY_MESSAGES[lang].help;
}
