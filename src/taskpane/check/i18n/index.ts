import type { Catalogues } from "../../../core/i18n";
import { EN } from "./en";
import type { CheckTexts } from "./shape";
import { VI } from "./vi";

export type { CheckTexts };

/** The texts of the check and its results. */
export const CHECK_TEXTS: Catalogues<CheckTexts> = { vi: VI, en: EN };
