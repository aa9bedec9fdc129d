import { formatNumber } from "../../core/i18n";
import { applyTexts } from "../shell/page";
import { type EmailContext, startEmailPrep } from "./email";
import { PREPARE_TEXTS } from "./i18n";
import { type InputRulesContext, startInputRules } from "./input-rules";

export type PrepareContext = InputRulesContext & EmailContext;

/** The sections that keep mistakes out and make the file safe to send: "Thiết lập kiểm tra nhập liệu", "Chuẩn bị gửi email". */
export function startPrepare(context: PrepareContext): void {
  const texts = PREPARE_TEXTS[context.lang];
  const count = (n: number) => formatNumber(n, context.lang);
  applyTexts(document, "prepare", texts);
  startInputRules(context, texts, count);
  startEmailPrep(context, texts, count);
}
