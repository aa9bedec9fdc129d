import type { Catalogues } from "../../i18n/catalogue";
import { EN } from "./en";
import type { RuleTexts } from "./shape";
import { VI } from "./vi";

export const RULE_TEXTS: Catalogues<RuleTexts> = { vi: VI, en: EN };

export type { RuleTexts } from "./shape";
