import type { MessageParams } from "../rules/types";
import { MESSAGES_EN } from "./messages.en";
import { MESSAGES_VI } from "./messages.vi";
import type { Language, RuleId } from "./types";

/** One sentence per rule, built from the parameters. */
export type MessageCatalogue = Readonly<Record<RuleId, (params: MessageParams) => string>>;

export const MESSAGES: Readonly<Record<Language, MessageCatalogue>> = { vi: MESSAGES_VI, en: MESSAGES_EN };

export function renderMessage(rule: RuleId, params: MessageParams, lang: Language): string {
  return MESSAGES[lang][rule](params);
}
