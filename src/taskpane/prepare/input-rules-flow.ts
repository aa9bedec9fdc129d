import { dataValidationPlan } from "../../core/repair";
import { locateRoster } from "../../core/roster";
import { byId } from "../shell/dom";
import type { PrepareContext } from "./context";
import type { PrepareStrings } from "./strings";
import { showStatus } from "../shell/view-messages";

/** "Thiết lập kiểm tra nhập liệu": data validation on the last checked roster's columns (ExcelApi 1.8), and its removal. */
export function startInputRules(context: PrepareContext, texts: PrepareStrings, count: (n: number) => string): void {
  const { lang, els, workbook } = context;
  const apply = byId("apply-rules", HTMLButtonElement);
  const remove = byId("remove-rules", HTMLButtonElement);
  const unavailable = byId("rules-unavailable", HTMLElement);
  byId("rules-title", HTMLElement).textContent = texts.rulesTitle;
  byId("rules-hint", HTMLElement).textContent = texts.rulesHint;
  apply.textContent = texts.applyRules;
  remove.textContent = texts.removeRules;
  // The record of what the add-in set lives in the workbook's settings (ExcelApi 1.4).
  const usable = workbook.caps.dataValidation && workbook.caps.settings;
  apply.disabled = !usable;
  remove.disabled = !usable;
  unavailable.textContent = texts.rulesUnavailable;
  unavailable.hidden = usable;

  apply.addEventListener(
    "click",
    context.guard(async () => {
      const outcome = context.current();
      const layout = outcome?.report.roster ? locateRoster(outcome.input, outcome.settings) : null;
      if (!outcome || !layout) return showStatus(els, texts.needCheck);
      const plan = dataValidationPlan(layout, { origin: outcome.input.origin, lang });
      const result = await workbook.applyInputRules(outcome.report.sheet, plan);
      const titles = (fields: readonly string[]) =>
        fields.map((field) => plan.columns.find((c) => c.field === field)?.prompt.title ?? field).join(", ");
      const done = result.applied.length
        ? texts.rulesApplied(count(result.applied.length), outcome.report.sheet)
        : texts.rulesNone;
      const already = result.already.length ? texts.rulesAlready(titles(result.already)) : null;
      const kept = result.kept.length ? texts.rulesKept(titles(result.kept)) : null;
      showStatus(els, [done, already, kept, result.listsSheet ? plan.explanation : null].filter(Boolean).join(" "));
    }),
  );

  remove.addEventListener(
    "click",
    context.guard(async () => {
      const result = await workbook.removeInputRules();
      const changed = result.changed.length ? texts.rulesChanged(result.changed.join(", ")) : null;
      showStatus(
        els,
        [result.removed || changed ? texts.rulesRemoved(count(result.removed)) : texts.nothingToRemove, changed]
          .filter(Boolean)
          .join(" "),
      );
    }),
  );
}
