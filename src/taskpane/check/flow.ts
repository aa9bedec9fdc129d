import { formatNumber, type Language } from "../../core/i18n";
import type { Issue } from "../../core/report/types";
import { ReadCancelled } from "../../office";
import type { ShellTexts } from "../i18n";
import type { Guard } from "../shell/guard";
import { clearMessages, type MessageElements, showError, showStatus } from "../shell/messages";
import { applyTexts } from "../shell/page";
import { nextPaint, showProgress } from "../shell/progress";
import { fillSheetPicker, pickedTarget } from "../shell/sheet-picker";
import type { PaneStore } from "../shell/store";
import { CHECK_TEXTS } from "./i18n";
import { type ProblemActions, renderProblems } from "./problem-list";
import { countBySeverity, groupProblems } from "./problems";
import { runCheck } from "./run";
import { startSheetActions } from "./sheet-actions";
import { type CheckElements, hideFilter, markFilter, renderFilter, renderSummary, showNote } from "./view";
import type { CheckWorkbook } from "./workbook";

export interface CheckContext {
  lang: Language;
  shellTexts: ShellTexts;
  els: CheckElements;
  messages: MessageElements;
  workbook: CheckWorkbook;
  store: PaneStore;
  guard: Guard;
  /** The repairs' buttons in the problem list, where the workbook can be repaired. */
  actions?: ProblemActions;
}

export interface CheckFlow {
  /** Picks the sheet the next check reads; "" (the picker's first line) for the current selection. */
  pick(sheet: string): void;
  /** Once the workbook's sheets and settings are in: the check may start. */
  ready(): void;
}

/**
 * "Kiểm tra danh sách" and its results. Whatever puts an outcome in the store (this button, or a repair
 * checking again) is shown here: the summary, the counts that filter the list, and the problems, each
 * taking the user to its cell.
 */
export function startCheck(context: CheckContext): CheckFlow {
  const { lang, els, messages, workbook, store, guard } = context;
  const texts = CHECK_TEXTS[lang];
  const count = (n: number) => formatNumber(n, lang);
  applyTexts(document, "check", texts);

  /** What the check cannot do now is disabled; while any action runs the shell marks it busy too. */
  const updateButtons = () => {
    const report = store.state.outcome?.report;
    els.mark.disabled = !workbook.caps.conditionalFormats || !report?.roster || report.issues.length === 0;
    els.clear.disabled = !workbook.caps.conditionalFormats;
    els.report.disabled = !report?.roster;
  };

  const selectIssue = (issue: Issue) =>
    guard(async () => {
      const sheet = store.state.outcome?.report.sheet ?? "";
      const found = await workbook.select(sheet, issue.cell);
      if (found) showStatus(messages, texts.selected(issue.cell, sheet));
      else showError(messages, texts.cellGone(issue.cell, sheet));
    })();

  const renderList = () => {
    const { outcome, shown } = store.state;
    const report = outcome?.report;
    const groups = report?.roster ? groupProblems(report.issues, shown) : [];
    renderProblems(els.problems, {
      groups,
      texts,
      emptyValue: context.shellTexts.emptyValue,
      lang,
      onSelect: (issue) => void selectIssue(issue),
      actions: context.actions,
    });
    if (!report?.roster) showNote(els, null);
    else showNote(els, report.issues.length === 0 ? texts.noProblems : groups.length === 0 ? texts.allFiltered : null);
  };

  const showOutcome = () => {
    const { outcome, shown } = store.state;
    if (!outcome) return;
    renderSummary(els, outcome, texts, lang);
    if (outcome.report.roster)
      renderFilter(els, countBySeverity(outcome.report.issues), shown, texts, lang, (severity) =>
        store.showOnly(severity),
      );
    else hideFilter(els);
    renderList();
    updateButtons();
  };

  store.subscribe((state, before) => {
    if (state.outcome !== before.outcome) showOutcome();
    else if (state.shown !== before.shown) {
      markFilter(els, state.shown);
      renderList();
    }
    if (state.sheets !== before.sheets) fillSheetPicker(els.target, state.sheets, texts.targetActive);
  });

  const check = guard(async () => {
    clearMessages(messages);
    els.announce.textContent = "";
    const signal = { cancelled: false };
    els.cancel.onclick = () => {
      signal.cancelled = true;
      els.cancel.disabled = true;
    };
    showProgress(els, texts.readingStart, null);
    try {
      const outcome = await runCheck(workbook, {
        target: pickedTarget(els.target),
        lang,
        signal,
        onProgress: (done, total) => showProgress(els, texts.reading(count(done), count(total)), done / total),
        beforeValidate: async (rows) => {
          showProgress(els, texts.validating(count(rows)), null);
          await nextPaint();
        },
      });
      store.setSettings(outcome.settings);
      store.setOutcome(outcome);
    } catch (error) {
      if (!(error instanceof ReadCancelled)) throw error;
      showStatus(messages, texts.cancelled);
    }
  });

  els.check.addEventListener("click", check);
  startSheetActions(context, texts);
  return {
    pick: (sheet) => fillSheetPicker(els.target, store.state.sheets, texts.targetActive, sheet),
    ready: () => {
      updateButtons();
      els.check.disabled = false; // disabled in the page until the pane is ready
    },
  };
}
