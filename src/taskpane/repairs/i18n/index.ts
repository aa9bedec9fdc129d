import type { Catalogues } from "../../../core/i18n";
import { EN } from "./en";
import type { RepairTexts } from "./shape";
import { VI } from "./vi";

export type { RepairTexts };

/** The texts of repairs and undo. */
export const REPAIR_TEXTS: Catalogues<RepairTexts> = { vi: VI, en: EN };
