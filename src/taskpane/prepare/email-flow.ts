import type { CadreFormulaCell, FreezeMode } from "../../office";
import { byId } from "../shell/dom";
import type { PrepareContext } from "./context";
import { countBySeverity } from "../check/problems";
import type { PrepareStrings } from "./strings";
import { showStatus } from "../shell/view-messages";
import { hideFound, showFound } from "./view-email";

/** "Chuẩn bị gửi email": lists the CADRE cells, then replaces them by their values (in place or in a copy) and stamps the check. */
export function startEmailPrep(context: PrepareContext, texts: PrepareStrings, count: (n: number) => string): void {
  const { lang, els, workbook } = context;
  const found = byId("email-found", HTMLElement);
  const find = byId("find-cadre", HTMLButtonElement);
  byId("email-title", HTMLElement).textContent = texts.emailTitle;
  byId("email-hint", HTMLElement).textContent = texts.emailHint;
  find.textContent = texts.find;

  const prepare = async (cells: readonly CadreFormulaCell[], mode: FreezeMode) => {
    hideFound(found);
    const messages: string[] = [];
    if (cells.length) {
      const result = await workbook.freeze(cells, mode, lang);
      messages.push(
        mode === "copy"
          ? texts.frozenCopy(count(result.cells), result.copies.join(", "))
          : texts.frozenInPlace(count(result.cells)),
      );
      if (result.notice) messages.push(result.notice);
      await context.refreshUndo();
    }
    const outcome = context.current();
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
      messages.push(texts.stamped(await workbook.stamp(stamp, lang)));
    } else messages.push(texts.noCheckToStamp);
    showStatus(els, messages.join(" "));
  };

  find.addEventListener(
    "click",
    context.guard(async () => {
      const cells = await workbook.findCadreFormulas();
      showFound(found, {
        cells,
        strings: texts,
        count,
        canCopy: workbook.caps.worksheetCopy,
        onCancel: () => hideFound(found),
        onConfirm: (mode) => void context.guard(() => prepare(cells, mode))(),
      });
    }),
  );
}
