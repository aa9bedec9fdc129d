import { dataValidationPlan } from "../core/repair";
import type { Language } from "../core/report/types";
import { locateRoster } from "../core/roster";
import type { CheckOutcome } from "./check-run";
import { byId } from "./dom";
import type { PaneWorkbook } from "./excel-port";
import { formatCount } from "./format";
import type { PaneElements } from "./page";
import { countBySeverity } from "./problems";
import { PREPARE_STRINGS } from "./strings-prepare";
import { showStatus } from "./view-messages";
import { hideFound, showFound } from "./view-email";

export interface PrepareContext {
  lang: Language;
  els: Pick<PaneElements, "error" | "status">;
  workbook: PaneWorkbook;
  current(): CheckOutcome | null;
  guard(action: () => Promise<void>): () => Promise<void>;
  /** The undo button follows the newest record, which freezing in place adds. */
  refreshUndo(): Promise<void>;
}

/**
 * "Thiết lập kiểm tra nhập liệu" (data validation on the checked roster's columns, ExcelApi 1.8) and
 * "Chuẩn bị gửi email" (CADRE formulas replaced by their values, in place or in a copy, then the last
 * check stamped into the file).
 */
export function startPrepare(context: PrepareContext): void {
  const { lang, els, workbook } = context;
  const texts = PREPARE_STRINGS[lang];
  const count = (n: number) => formatCount(n, lang);
  const apply = byId("apply-rules", HTMLButtonElement);
  const remove = byId("remove-rules", HTMLButtonElement);
  const unavailable = byId("rules-unavailable", HTMLElement);
  const found = byId("email-found", HTMLElement);
  const find = byId("find-cadre", HTMLButtonElement);

  byId("rules-title", HTMLElement).textContent = texts.rulesTitle;
  byId("rules-hint", HTMLElement).textContent = texts.rulesHint;
  byId("email-title", HTMLElement).textContent = texts.emailTitle;
  byId("email-hint", HTMLElement).textContent = texts.emailHint;
  apply.textContent = texts.applyRules;
  remove.textContent = texts.removeRules;
  find.textContent = texts.find;
  const rules = workbook.caps.dataValidation && workbook.caps.settings;
  apply.disabled = !rules;
  remove.disabled = !rules;
  unavailable.textContent = texts.rulesUnavailable;
  unavailable.hidden = rules;

  apply.addEventListener("click", context.guard(async () => {
    const outcome = context.current();
    const layout = outcome?.report.roster ? locateRoster(outcome.input, outcome.settings) : null;
    if (!outcome || !layout) return showStatus(els, texts.needCheck);
    const plan = dataValidationPlan(layout, { origin: outcome.input.origin, lang });
    const result = await workbook.applyInputRules(outcome.report.sheet, plan);
    const kept = result.kept.length ? texts.rulesKept(result.kept.map((field) => plan.columns.find((c) => c.field === field)?.prompt.title ?? field).join(", ")) : null;
    const done = result.applied.length ? texts.rulesApplied(count(result.applied.length), outcome.report.sheet) : texts.rulesNone;
    showStatus(els, [done, kept, result.listsSheet ? plan.explanation : null].filter(Boolean).join(" "));
  }));

  remove.addEventListener("click", context.guard(async () => {
    const result = await workbook.removeInputRules();
    const changed = result.changed.length ? texts.rulesChanged(result.changed.join(", ")) : null;
    showStatus(els, [result.removed || changed ? texts.rulesRemoved(count(result.removed)) : texts.nothingToRemove, changed].filter(Boolean).join(" "));
  }));

  find.addEventListener("click", context.guard(async () => {
    const cells = await workbook.findCadreFormulas();
    showFound(found, {
      cells,
      strings: texts,
      count,
      // Worksheet.copy came with ExcelApi 1.7, as Range.hyperlink did.
      canCopy: workbook.caps.hyperlinks,
      onCancel: () => hideFound(found),
      onConfirm: (mode) => void context.guard(async () => {
        hideFound(found);
        const messages: string[] = [];
        if (cells.length) {
          const result = await workbook.freeze(cells, mode, lang);
          messages.push(mode === "copy" ? texts.frozenCopy(count(result.cells), result.copies.join(", ")) : texts.frozenInPlace(count(result.cells)));
          if (result.notice) messages.push(result.notice);
          await context.refreshUndo();
        }
        const outcome = context.current();
        if (outcome?.report.roster) {
          const counts = countBySeverity(outcome.report.issues);
          const sheet = await workbook.stamp({ sheet: outcome.report.sheet, checkedAt: outcome.checkedAt, errors: counts.error, warnings: counts.warning, infos: counts.info, frozen: cells.length }, lang);
          messages.push(texts.stamped(sheet));
        } else messages.push(texts.noCheckToStamp);
        showStatus(els, messages.join(" "));
      })(),
    });
  }));
}
