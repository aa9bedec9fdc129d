import type { MessageParams } from "../rules/types";
import type { RuleId } from "./types";

/** One sentence per rule, built from the parameters. */
export type MessageCatalogue = Readonly<Record<RuleId, (params: MessageParams) => string>>;
