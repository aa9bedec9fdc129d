import type { Catalogues } from "../../../core/i18n";
import { EN } from "./en";
import type { SettingsTexts } from "./shape";
import { VI } from "./vi";

export type { SettingsTexts };

/** The texts of the settings form. */
export const SETTINGS_TEXTS: Catalogues<SettingsTexts> = { vi: VI, en: EN };
