import type { Language } from "../i18n/language";
import type { ParamsFor, RuleId } from "../rules";
import { RULE_TEXTS } from "../rules/i18n";

/** The sentence of one finding of `rule`, in `lang`. */
export function renderMessage<R extends RuleId>(rule: R, params: ParamsFor<R>, lang: Language): string {
  return RULE_TEXTS[lang][rule].message(params);
}

/** The short name of a rule, heading its group of problems. */
export function ruleTitle(rule: RuleId, lang: Language): string {
  return RULE_TEXTS[lang][rule].title;
}
