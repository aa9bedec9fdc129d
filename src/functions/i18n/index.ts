import type { Catalogues } from "../../core/i18n";
import { EN } from "./en";
import type { FunctionErrors } from "./shape";
import { VI } from "./vi";

export const FUNCTION_ERRORS: Catalogues<FunctionErrors> = { vi: VI, en: EN };

export type { FunctionErrors } from "./shape";
