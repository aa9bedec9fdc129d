import type { Language } from "../../core/i18n";
import { dataValidationPlan } from "../../core/repair";
import { locateRoster } from "../../core/roster";
import type { Guard } from "../shell/guard";
import { type MessageElements, showStatus } from "../shell/messages";
import type { PaneStore } from "../shell/store";
import type { PrepareTexts } from "./i18n";
import type { PrepareElements } from "./view";
import type { PrepareWorkbook } from "./workbook";

export interface InputRulesContext {
  lang: Language;
  els: Pick<PrepareElements, "applyRules" | "removeRules" | "rulesUnavailable">;
  messages: MessageElements;
  workbook: Pick<PrepareWorkbook, "caps" | "applyInputRules" | "removeInputRules">;
  store: PaneStore;
  guard: Guard;
}

/** "Thiết lập kiểm tra nhập liệu": data validation on the last checked roster's columns (ExcelApi 1.8), and its removal. */
export function startInputRules(context: InputRulesContext, texts: PrepareTexts, count: (n: number) => string): void {
  const { lang, els, messages, workbook, store, guard } = context;
  // The record of what the add-in set lives in the workbook's settings (ExcelApi 1.4).
  const usable = workbook.caps.dataValidation && workbook.caps.settings;
  els.applyRules.disabled = !usable;
  els.removeRules.disabled = !usable;
  els.rulesUnavailable.hidden = usable;

  els.applyRules.addEventListener(
    "click",
    guard(async () => {
      const outcome = store.state.outcome;
      const layout = outcome?.report.roster ? locateRoster(outcome.input, outcome.settings) : null;
      if (!outcome || !layout) return showStatus(messages, texts.needCheck);
      const plan = dataValidationPlan(layout, { origin: outcome.input.origin, lang });
      const result = await workbook.applyInputRules(outcome.report.sheet, plan);
      const titles = (fields: readonly string[]) =>
        fields.map((field) => plan.columns.find((c) => c.field === field)?.prompt.title ?? field).join(", ");
      const done = result.applied.length
        ? texts.rulesApplied(count(result.applied.length), outcome.report.sheet)
        : texts.rulesNone;
      const already = result.already.length ? texts.rulesAlready(titles(result.already)) : null;
      const kept = result.kept.length ? texts.rulesKept(titles(result.kept)) : null;
      // The lists sheet is named "… (2)" where a sheet of the user's has the planned name.
      const explanation =
        result.listsSheet && plan.listsSheet
          ? plan.explanation.split(plan.listsSheet.name).join(result.listsSheet)
          : null;
      showStatus(messages, [done, already, kept, explanation].filter(Boolean).join(" "));
    }),
  );

  els.removeRules.addEventListener(
    "click",
    guard(async () => {
      const result = await workbook.removeInputRules();
      const changed = result.changed.length ? texts.rulesChanged(result.changed.join(", ")) : null;
      showStatus(
        messages,
        [result.removed || changed ? texts.rulesRemoved(count(result.removed)) : texts.nothingToRemove, changed]
          .filter(Boolean)
          .join(" "),
      );
    }),
  );
}
