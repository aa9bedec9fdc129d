import type { Catalogues } from "../../../core/i18n";
import { EN } from "./en";
import type { FixMessages } from "./shape";
import { VI } from "./vi";

export const FIX_MESSAGES: Catalogues<FixMessages> = { vi: VI, en: EN };

export type { FixMessages } from "./shape";
