import type { Catalogues } from "../i18n";
import type { MessageCatalogue } from "./messages";
import { MESSAGES_EN } from "./messages.en";
import { MESSAGES_VI } from "./messages.vi";
import type { Language, RuleId } from "./types";
import type { MessageParams } from "../rules/types";

export const MESSAGES: Catalogues<MessageCatalogue> = { vi: MESSAGES_VI, en: MESSAGES_EN };

export function renderMessage(rule: RuleId, params: MessageParams, lang: Language): string {
  return MESSAGES[lang][rule](params);
}
