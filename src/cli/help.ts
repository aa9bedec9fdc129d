import type { Language } from "../core/i18n";
import { DEFAULT_LIMITS } from "../xlsx/limits";
import { FIX_MESSAGES } from "./fix/i18n";
import { CLI_MESSAGES } from "./i18n";
import { SUMMARY_MESSAGES } from "./summary/i18n";

const MB = DEFAULT_LIMITS.maxFileBytes / 1024 / 1024;

/** Every command's usage: check and fix, then summary. */
export function help(lang: Language): string {
  return CLI_MESSAGES[lang].help(MB, DEFAULT_LIMITS.maxCells) + FIX_MESSAGES[lang].help + SUMMARY_MESSAGES[lang].help;
}
