import type { Catalogues } from "../../core/i18n";
import { EN } from "./en";
import type { CliMessages } from "./shape";
import { VI } from "./vi";

export const CLI_MESSAGES: Catalogues<CliMessages> = { vi: VI, en: EN };

export type { CliMessages } from "./shape";
