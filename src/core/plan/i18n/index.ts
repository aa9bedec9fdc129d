import type { Catalogues } from "../../i18n/catalogue";
import { EN } from "./en";
import type { PlanTexts } from "./shape";
import { VI } from "./vi";

export const PLAN_TEXTS: Catalogues<PlanTexts> = { vi: VI, en: EN };

export type { PlanTexts } from "./shape";
