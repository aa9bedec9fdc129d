import type { Catalogues } from "../../core/i18n";
import { EN } from "./en";
import type { ShellTexts } from "./shape";
import { VI } from "./vi";

export type { ShellTexts };

/** The pane's own texts; each feature keeps its texts in its own i18n folder. */
export const SHELL_TEXTS: Catalogues<ShellTexts> = { vi: VI, en: EN };
