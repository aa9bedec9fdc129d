import type { Catalogues } from "../../i18n/catalogue";
import { EN } from "./en";
import type { SheetTexts } from "./shape";
import { VI } from "./vi";

export const SHEET_TEXTS: Catalogues<SheetTexts> = { vi: VI, en: EN };

export type { SheetTexts } from "./shape";
