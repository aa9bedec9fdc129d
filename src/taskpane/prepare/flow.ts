import { formatNumber } from "../../core/i18n";
import { applyTexts } from "../shell/page";
import { type EmailContext, startEmailPrep } from "./email";
import { PREPARE_TEXTS } from "./i18n";
import { type InputRulesContext, startInputRules } from "./input-rules";

type SectionOwn = "messages" | "guard";

export type PrepareContext = Omit<InputRulesContext & EmailContext, SectionOwn> & {
  /** Each section tells how its actions went in its own place, under its buttons. */
  rules: Pick<InputRulesContext, SectionOwn>;
  email: Pick<EmailContext, SectionOwn>;
};

/** The sections that keep mistakes out and make the file safe to send: "Thiết lập kiểm tra nhập liệu", "Chuẩn bị gửi email". */
export function startPrepare(context: PrepareContext): void {
  const texts = PREPARE_TEXTS[context.lang];
  const count = (n: number) => formatNumber(n, context.lang);
  applyTexts(document, "prepare", texts);
  startInputRules({ ...context, ...context.rules }, texts, count);
  startEmailPrep({ ...context, ...context.email }, texts, count);
}
