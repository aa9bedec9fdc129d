import type { Language } from "../../core/report/types";
import type { CheckOutcome } from "../check/run";
import type { PaneWorkbook } from "../shell/excel-port";
import type { PaneElements } from "../shell/page";

/** What the "Gửi đi" actions need from the pane. */
export interface PrepareContext {
  lang: Language;
  els: Pick<PaneElements, "error" | "status">;
  workbook: PaneWorkbook;
  current(): CheckOutcome | null;
  guard(action: () => Promise<void>): () => Promise<void>;
  /** The undo button follows the newest record, which freezing in place adds. */
  refreshUndo(): Promise<void>;
}
