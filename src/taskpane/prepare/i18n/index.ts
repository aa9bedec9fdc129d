import type { Catalogues } from "../../../core/i18n";
import { EN } from "./en";
import type { PrepareTexts } from "./shape";
import { VI } from "./vi";

export type { PrepareTexts };

/** The texts of "Thiết lập kiểm tra nhập liệu" and "Chuẩn bị gửi email". */
export const PREPARE_TEXTS: Catalogues<PrepareTexts> = { vi: VI, en: EN };
