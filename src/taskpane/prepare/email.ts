import type { Language } from "../../core/i18n";
import { type CadreFormulaCell, type FreezeMode, FreezeRefused } from "../../office";
import { countBySeverity } from "../check/problems";
import type { Guard } from "../shell/guard";
import { type MessageElements, showError, showStatus } from "../shell/messages";
import type { PaneStore } from "../shell/store";
import type { PrepareTexts } from "./i18n";
import { hideFound, type PrepareElements, showFound } from "./view";
import type { PrepareWorkbook } from "./workbook";

export interface EmailContext {
  lang: Language;
  els: Pick<PrepareElements, "find" | "found">;
  messages: MessageElements;
  workbook: Pick<PrepareWorkbook, "caps" | "findCadreFormulas" | "freeze" | "stamp">;
  store: PaneStore;
  guard: Guard;
  /** The undo button follows the newest record, which freezing in place adds. */
  refreshUndo(): Promise<void>;
}

/** "Chuẩn bị gửi email": lists the CADRE cells, then replaces them by their values (in place or in a copy) and stamps the check. */
export function startEmailPrep(context: EmailContext, texts: PrepareTexts, count: (n: number) => string): void {
  const { lang, els, messages, workbook, store, guard } = context;

  const prepare = async (cells: readonly CadreFormulaCell[], mode: FreezeMode) => {
    hideFound(els.found);
    const lines: string[] = [];
    if (cells.length) {
      const result = await workbook.freeze(cells, mode, lang).catch((error: unknown) => {
        if (error instanceof FreezeRefused) return error;
        throw error;
      });
      if (result instanceof FreezeRefused)
        return showError(messages, result.reason === "no-spill-api" ? texts.freezeNoSpills : texts.freezeCalculating);
      lines.push(
        mode === "copy"
          ? texts.frozenCopy(count(result.cells), result.copies.join(", "))
          : texts.frozenInPlace(count(result.cells)),
      );
      if (result.notice) lines.push(result.notice);
      await context.refreshUndo();
    }
    const outcome = store.state.outcome;
    if (outcome?.report.roster) {
      const counts = countBySeverity(outcome.report.issues);
      const stamp = {
        sheet: outcome.report.sheet,
        checkedAt: outcome.checkedAt,
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
        frozen: cells.length,
      };
      lines.push(texts.stamped(await workbook.stamp(stamp, lang)));
    } else lines.push(texts.noCheckToStamp);
    showStatus(messages, lines.join(" "));
  };

  els.find.addEventListener(
    "click",
    guard(async () => {
      const cells = await workbook.findCadreFormulas();
      showFound(els.found, {
        cells,
        texts,
        count,
        canCopy: workbook.caps.worksheetCopy,
        onCancel: () => hideFound(els.found),
        onConfirm: (mode) => void guard(() => prepare(cells, mode))(),
      });
    }),
  );
}
