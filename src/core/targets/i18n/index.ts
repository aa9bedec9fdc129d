import type { Catalogues } from "../../i18n/catalogue";
import { EN } from "./en";
import type { TargetsTexts } from "./shape";
import { VI } from "./vi";

export const TARGETS_TEXTS: Catalogues<TargetsTexts> = { vi: VI, en: EN };

export type { TargetsTexts } from "./shape";
