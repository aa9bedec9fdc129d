import type { SampleFile } from "../sample-types";
import { BAN_TO_CHUC } from "./ban-to-chuc";
import { HUYEN_UY_TRUNG_KHANH } from "./huyen-uy-trung-khanh";
import { SO_GIAO_DUC } from "./so-giao-duc";
import { SO_NOI_VU } from "./so-noi-vu";
import { SO_VAN_HOA } from "./so-van-hoa";
import { SO_Y_TE } from "./so-y-te";
import { UBND_HOA_AN } from "./ubnd-hoa-an";

/** Every sample workbook, in file-name order. */
export const SAMPLE_FILES: readonly SampleFile[] = [SO_GIAO_DUC, SO_Y_TE, SO_VAN_HOA, UBND_HOA_AN, BAN_TO_CHUC, HUYEN_UY_TRUNG_KHANH, SO_NOI_VU];
