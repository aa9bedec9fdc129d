import type { Language } from "../i18n/language";
import { TARGETS_TEXTS } from "./i18n";
import type { TargetsProblem, TargetWarning } from "./types";

export function targetsProblemMessage(problem: TargetsProblem, lang: Language): string {
  return TARGETS_TEXTS[lang].problem[problem];
}

/** One sentence per warning, naming the row of the targets sheet. */
export function targetWarningMessage(warning: TargetWarning, lang: Language): string {
  return TARGETS_TEXTS[lang].warning[warning.code](warning.row, warning.value);
}
