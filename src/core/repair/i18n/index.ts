import type { Catalogues } from "../../i18n/catalogue";
import { EN } from "./en";
import type { RepairTexts } from "./shape";
import { VI } from "./vi";

export const REPAIR_TEXTS: Catalogues<RepairTexts> = { vi: VI, en: EN };

export type { RepairTexts } from "./shape";
