import type { Language } from "../core/i18n";
import { commandLimits } from "./limit-options";
import { FIX_MESSAGES } from "./fix/i18n";
import { CLI_MESSAGES } from "./i18n";
import { SUMMARY_MESSAGES } from "./summary/i18n";

/** Every command's usage: check and fix, then summary; the limits' defaults as they are on this computer. */
export function help(lang: Language): string {
  return CLI_MESSAGES[lang].help(commandLimits({})) + FIX_MESSAGES[lang].help + SUMMARY_MESSAGES[lang].help;
}
