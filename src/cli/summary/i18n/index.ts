import type { Catalogues } from "../../../core/i18n";
import { EN } from "./en";
import type { SummaryMessages } from "./shape";
import { VI } from "./vi";

export const SUMMARY_MESSAGES: Catalogues<SummaryMessages> = { vi: VI, en: EN };

export type { SummaryMessages } from "./shape";
