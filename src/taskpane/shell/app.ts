import type { Issue, Language, Severity } from "../../core/report/types";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { missingFeatureMessages, ReadCancelled } from "../../office";
import { type CheckOutcome, runCheck } from "../check/run";
import { describeError } from "./error-text";
import type { PaneWorkbook } from "./excel-port";
import { formatCount } from "./format";
import type { PaneElements } from "./page";
import { countBySeverity, groupProblems, SEVERITIES, shownIssues } from "../check/problems";
import { startPrepare } from "../prepare/flow";
import { startRepairs } from "../repairs/flow";
import { startSettings } from "../settings/flow";
import type { PaneStrings } from "../i18n/strings";
import { clearMessages, showError, showStatus, showUnavailable } from "./view-messages";
import { CURRENT, fillSheetPicker, pickedTarget } from "./view-pickers";
import { renderProblems } from "../check/view-problems";
import { hideProgress, nextPaint, showProgress } from "./view-progress";
import { hideFilter, renderFilter, renderSummary, showNote } from "../check/view-results";
import { renderSettings } from "../settings/view";

export interface Pane {
  lang: Language;
  strings: PaneStrings;
  els: PaneElements;
  workbook: PaneWorkbook;
}

interface State {
  outcome: CheckOutcome | null;
  shown: Set<Severity>;
  busy: boolean;
  settings: Settings;
  sheets: string[];
}

/** Wires the task pane to the workbook: the check, the results, the actions and the settings. */
export async function startPane(pane: Pane): Promise<void> {
  const { els, strings, lang, workbook } = pane;
  const caps = workbook.caps;
  const state: State = {
    outcome: null,
    shown: new Set(SEVERITIES),
    busy: false,
    settings: { ...DEFAULT_SETTINGS },
    sheets: [],
  };
  const t = (n: number) => formatCount(n, lang);

  /** Buttons that cannot work now are disabled; while an action runs they are only marked busy, so focus stays. */
  const updateButtons = () => {
    const report = state.outcome?.report;
    els.mark.disabled = !caps.conditionalFormats || !report?.roster || report.issues.length === 0;
    els.clear.disabled = !caps.conditionalFormats;
    els.report.disabled = !report?.roster;
    els.check.disabled = false; // disabled in the page until the pane is ready
    for (const button of [els.check, els.mark, els.clear, els.report, els.save])
      button.setAttribute("aria-disabled", String(state.busy || button.disabled));
  };

  /** Runs one action at a time; whatever fails is told in the pane, never swallowed. */
  const guard = (action: () => Promise<void>) => async () => {
    if (state.busy) return;
    state.busy = true;
    updateButtons();
    try {
      await action();
    } catch (error) {
      if (error instanceof ReadCancelled) showStatus(els, strings.cancelled);
      else showError(els, describeError(error, strings));
    } finally {
      state.busy = false;
      hideProgress(els);
      updateButtons();
    }
  };

  const renderList = () => {
    const report = state.outcome?.report;
    const groups = report?.roster ? groupProblems(report.issues, state.shown) : [];
    renderProblems(els.problems, {
      groups,
      strings,
      lang,
      onSelect: (issue) => void selectIssue(issue),
      fixes: repairs.actions,
    });
    if (!report?.roster) showNote(els, null);
    else
      showNote(els, report.issues.length === 0 ? strings.noProblems : groups.length === 0 ? strings.allFiltered : null);
  };

  const showOutcome = (outcome: CheckOutcome) => {
    state.outcome = outcome;
    state.shown = new Set(SEVERITIES);
    renderSummary(els, outcome, strings, lang);
    if (outcome.report.roster) {
      renderFilter(els, countBySeverity(outcome.report.issues), state.shown, strings, lang, (severity, pressed) => {
        if (pressed) state.shown.add(severity);
        else state.shown.delete(severity);
        renderList();
      });
    } else hideFilter(els);
    renderList();
  };

  const check = guard(async () => {
    clearMessages(els);
    els.announce.textContent = "";
    const signal = { cancelled: false };
    els.cancel.onclick = () => {
      signal.cancelled = true;
      els.cancel.disabled = true;
    };
    showProgress(els, strings.readingStart, null);
    const outcome = await runCheck(workbook, {
      target: pickedTarget(els.target),
      lang,
      signal,
      onProgress: (done, total) => showProgress(els, strings.reading(t(done), t(total)), done / total),
      beforeValidate: async (rows) => {
        showProgress(els, strings.validating(t(rows)), null);
        await nextPaint();
      },
    });
    state.settings = outcome.settings;
    showOutcome(outcome);
  });

  const repairs = startRepairs({
    lang,
    strings,
    els,
    workbook,
    current: () => state.outcome,
    show: showOutcome,
    guard,
  });
  startPrepare({ lang, els, workbook, current: () => state.outcome, guard, refreshUndo: repairs.refreshUndo });

  const selectIssue = (issue: Issue) =>
    guard(async () => {
      const sheet = state.outcome?.report.sheet ?? "";
      const found = await workbook.select(sheet, issue.cell);
      if (found) showStatus(els, strings.selected(issue.cell, sheet));
      else showError(els, strings.cellGone(issue.cell, sheet));
    })();

  const mark = guard(async () => {
    const report = state.outcome?.report;
    if (!report) return;
    const issues = shownIssues(report.issues, state.shown);
    if (issues.length === 0) return showStatus(els, strings.nothingToMark);
    const result = await workbook.mark(report.sheet, issues);
    showStatus(els, strings.marked(t(result.cells), t(result.formats)));
  });

  const clear = guard(async () => {
    const removed = await workbook.clearMarks();
    showStatus(els, removed ? strings.cleared(t(removed)) : strings.nothingToClear);
  });

  const report = guard(async () => {
    const outcome = state.outcome;
    if (!outcome) return;
    const written = await workbook.writeReport(outcome.report, lang, outcome.checkedAt);
    // Excel now shows the report sheet: keep the next check on the roster, not on the report.
    if (els.target.value === CURRENT && !outcome.table)
      fillSheetPicker(els.target, state.sheets, strings.targetActive, outcome.report.sheet);
    showStatus(els, strings.reported(t(written.rows), written.sheet));
  });

  /** The sheet list goes stale as the user adds and renames sheets: it is read again whenever a picker is opened. */
  const refreshSheets = async () => {
    try {
      const sheets = await workbook.sheets();
      // Rebuilding the options of a picker that is opening would close it: only when the list changed.
      if (sheets.join("\n") === state.sheets.join("\n")) return;
      state.sheets = sheets;
      fillSheetPicker(els.target, state.sheets, strings.targetActive);
      fillSheetPicker(els.rosterSheet, state.sheets, strings.rosterSheetAny);
    } catch (error) {
      showError(els, describeError(error, strings));
    }
  };

  showUnavailable(els, missingFeatureMessages(caps, lang));
  els.check.addEventListener("click", check);
  els.mark.addEventListener("click", mark);
  els.clear.addEventListener("click", clear);
  els.report.addEventListener("click", report);
  startSettings({ strings, els, workbook, state, guard });
  els.target.addEventListener("focus", () => void refreshSheets());
  els.rosterSheet.addEventListener("focus", () => void refreshSheets());

  state.sheets = await workbook.sheets();
  state.settings = await workbook.settings();
  fillSheetPicker(els.target, state.sheets, strings.targetActive, state.settings.rosterSheet || CURRENT);
  renderSettings(els, state.settings, state.sheets, strings, caps.settings);
  updateButtons();
  await repairs.refreshUndo();
}
