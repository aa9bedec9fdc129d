import type { Catalogues } from "../../../core/i18n";
import { EN } from "./en";
import type { PlanTexts } from "./shape";
import { VI } from "./vi";

export type { PlanTexts };

/** The texts of the targets, consolidation and results section. */
export const PLAN_TEXTS: Catalogues<PlanTexts> = { vi: VI, en: EN };
