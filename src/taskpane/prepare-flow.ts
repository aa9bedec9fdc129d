import type { Language } from "../core/report/types";
import type { CheckOutcome } from "./check-run";
import { startEmailPrep } from "./email-flow";
import type { PaneWorkbook } from "./excel-port";
import { formatCount } from "./format";
import { startInputRules } from "./input-rules-flow";
import type { PaneElements } from "./page";
import { PREPARE_STRINGS } from "./strings-prepare";

export interface PrepareContext {
  lang: Language;
  els: Pick<PaneElements, "error" | "status">;
  workbook: PaneWorkbook;
  current(): CheckOutcome | null;
  guard(action: () => Promise<void>): () => Promise<void>;
  /** The undo button follows the newest record, which freezing in place adds. */
  refreshUndo(): Promise<void>;
}

/** The sections that keep mistakes out and make the file safe to send: "Thiết lập kiểm tra nhập liệu", "Chuẩn bị gửi email". */
export function startPrepare(context: PrepareContext): void {
  const texts = PREPARE_STRINGS[context.lang];
  const count = (n: number) => formatCount(n, context.lang);
  startInputRules(context, texts, count);
  startEmailPrep(context, texts, count);
}
