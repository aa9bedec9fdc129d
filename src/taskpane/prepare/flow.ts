import { startEmailPrep } from "./email-flow";
import { formatCount } from "../shell/format";
import { startInputRules } from "./input-rules-flow";
import { PREPARE_STRINGS } from "./strings";
import type { PrepareContext } from "./context";

export type { PrepareContext };

/** The sections that keep mistakes out and make the file safe to send: "Thiết lập kiểm tra nhập liệu", "Chuẩn bị gửi email". */
export function startPrepare(context: PrepareContext): void {
  const texts = PREPARE_STRINGS[context.lang];
  const count = (n: number) => formatCount(n, context.lang);
  startInputRules(context, texts, count);
  startEmailPrep(context, texts, count);
}
