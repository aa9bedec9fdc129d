import { fileProblemMessage } from "../../core/files";
import { formatNumber, type Language } from "../../core/i18n";
import { targetsProblemMessage, targetWarningMessage } from "../../core/targets/messages";
import { TARGETS_SHEET, type TargetsSheetRead } from "../../office";
import type { ShellTexts } from "../i18n";
import { describeError } from "../shell/error-text";
import type { Guard } from "../shell/guard";
import { clearMessages, showError, showStatus } from "../shell/messages";
import { applyTexts } from "../shell/page";
import { nextPaint, showProgress } from "../shell/progress";
import type { PaneStore } from "../shell/store";
import type { CategoryResult, Consolidation } from "../../core/consolidate/types";
import type { TargetsRead } from "../../core/targets/types";
import { renderAchievementChart } from "./chart";
import { achievementOf, consolidateFiles, makeAchievement, readTargetsFile } from "./consolidate";
import { FileProblemError } from "./file-problem-error";
import { PLAN_TEXTS } from "./i18n";
import { paneReadFile, pickedFile } from "./picked-file";
import { renderTargetsInUse } from "./targets-in-use";
import { type PlanElements, renderDuplicates, renderFeedbackChoice, renderFileResults } from "./view";
import type { PlanWorkbook } from "./workbook";

export interface PlanContext {
  lang: Language;
  /** For Office.js failures, told as the rest of the pane tells them. */
  shellTexts: ShellTexts;
  els: PlanElements;
  workbook: PlanWorkbook;
  store: PaneStore;
  /** The section's own guard: its failures and progress are shown in the section. */
  guard: Guard;
  /** The targets actions' guard: they tell how they went under their own buttons. */
  targetsGuard: Guard;
  /** The feedback action's guard, likewise. */
  feedbackGuard: Guard;
}

/**
 * Targets read from a file the user picked. The file read last wins over the "Chỉ tiêu" sheet, whether the
 * sheet exists or not, until the user goes back to the sheet; a file that cannot be read changes nothing.
 */
type FileTargets = { file: string; read: Extract<TargetsRead, { ok: true }> };

/** Wires the targets and consolidation section: create the targets sheet, consolidate files, make the report. */
export function startPlan(context: PlanContext): void {
  const { lang, els, workbook, store, guard, targetsGuard, feedbackGuard } = context;
  const texts = PLAN_TEXTS[lang];
  const count = (n: number) => formatNumber(n, lang);
  let fileTargets: FileTargets | null = null;
  /** The last consolidation that found someone: what the feedback to each unit is made from. */
  let consolidated: Consolidation | null = null;
  /** The targets in use: the file picked last, else the "Chỉ tiêu" sheet as it is now. */
  const targetsNow = async () => fileTargets?.read ?? (await workbook.readTargets());
  /** The chart shows `achievement`, or is hidden when there is none to show. */
  const showChart = (achievement: readonly CategoryResult[]) => {
    if (achievement.length > 0) renderAchievementChart(els.chart, achievement, texts, lang);
    else els.chart.hidden = true;
  };
  /** The targets changed: the consolidation's chart follows them; a chart of this workbook's own rosters no longer matches. */
  const redrawChart = (read: TargetsSheetRead) => {
    const source = store.state.consolidated;
    showChart(source && read.ok ? achievementOf(source, read.targets) : []);
  };
  /** What went wrong with a picked file, in the words the command line uses for it. */
  const describeFile = (error: unknown) =>
    error instanceof FileProblemError
      ? fileProblemMessage(error.problem, lang)
      : describeError(error, context.shellTexts);

  const readTargets = targetsGuard(async () => {
    clearMessages(els.targetsMessages);
    const file = els.targetsFile.files?.[0];
    if (!file) return showError(els.targetsMessages, texts.noTargetsFile);
    showProgress(els, texts.readingTargets(file.name), null);
    let read: TargetsRead;
    try {
      // A small workbook read by the pane itself: Excel needs to open nothing for it.
      read = await readTargetsFile(paneReadFile(file));
    } catch (error) {
      return showError(els.targetsMessages, texts.targetsFileProblem(file.name, describeFile(error)));
    }
    if (!read.ok) {
      return showError(
        els.targetsMessages,
        texts.targetsFileProblem(file.name, targetsProblemMessage(read.problem, lang)),
      );
    }
    fileTargets = { file: file.name, read };
    els.sheetTargets.hidden = false;
    const term = read.term && `${read.term.start.y} – ${read.term.end.y}`;
    renderTargetsInUse(els.targetsInUse, { file: file.name, targets: read.targets, term }, texts, lang);
    redrawChart(read);
    const withTarget = read.targets.filter((t) => t.target !== null).length;
    const warnings = read.warnings.map((w) => targetWarningMessage(w, lang));
    showStatus(
      els.targetsMessages,
      [texts.targetsFromFile(file.name, count(read.targets.length), count(withTarget), term), ...warnings].join(" "),
    );
  });

  const sheetTargets = targetsGuard(async () => {
    clearMessages(els.targetsMessages);
    fileTargets = null;
    els.sheetTargets.hidden = true;
    els.targetsFile.value = "";
    renderTargetsInUse(els.targetsInUse, null, texts, lang);
    redrawChart(await workbook.readTargets());
    showStatus(els.targetsMessages, texts.targetsSheetAgain(TARGETS_SHEET));
    // The button pressed is gone: the focus goes to what it did.
    const { status } = els.targetsMessages;
    if (status instanceof HTMLElement) {
      status.tabIndex = -1;
      status.focus();
    }
  });

  const openFeedback = feedbackGuard(async () => {
    clearMessages(els.feedbackMessages);
    const file = els.feedbackUnit.value;
    if (!consolidated || !file) return;
    showProgress(els, texts.makingFeedback(file), null);
    const { feedbackFile } = await import(/* webpackChunkName: "xlsx-writer" */ "./feedback-file");
    await workbook.openWorkbook(await feedbackFile(consolidated, file, lang, fileTargets?.file ?? TARGETS_SHEET));
    showStatus(els.feedbackMessages, texts.feedbackOpened(file, `${file.replace(/\.xlsx$/i, "")}.phan-hoi.xlsx`));
  });

  const createTargets = guard(async () => {
    clearMessages(els);
    const result = await workbook.createTargets(lang);
    showStatus(
      els,
      result.created ? texts.targetsCreated(result.sheet, count(result.categories)) : texts.targetsExist(result.sheet),
    );
  });

  const consolidate = guard(async () => {
    clearMessages(els);
    const files = Array.from(els.files.files ?? []);
    if (files.length === 0) return showError(els, texts.noFiles);
    const outcome = await consolidateFiles(
      workbook,
      files.map((file) => pickedFile(file, workbook)),
      lang,
      {
        reading: (n, total, file, fraction) =>
          showProgress(els, texts.readingFile(count(n), count(total), file), fraction),
        checking: async (file) => {
          showProgress(els, texts.checking(file), null);
          await nextPaint();
        },
        writing: (done, total) =>
          showProgress(els, texts.writing(count(done), count(total)), total ? done / total : null),
        describe: describeFile,
      },
      await targetsNow(),
    );
    const result = outcome.consolidation;
    renderFileResults(els, result.perFile, texts, lang);
    if (!outcome.ok) {
      // Nothing was written: an all-zero consolidation must not pass for a result, nor feed the report.
      store.setConsolidated(null);
      consolidated = null;
      renderFeedbackChoice(els, [], false);
      renderDuplicates(els, [], texts, lang);
      els.chart.hidden = true;
      return showError(els, outcome.reason === "none-read" ? texts.noneRead(count(files.length)) : texts.noPeople);
    }
    store.setConsolidated({ people: result.rows, distinct: result.people, files: outcome.files });
    renderDuplicates(els, result.crossFileDuplicates, texts, lang);
    consolidated = result;
    const readFiles = result.perFile.filter((f) => f.error === null).map((f) => f.file);
    renderFeedbackChoice(els, readFiles, workbook.caps.createWorkbook);
    showChart(result.achievement);
    showStatus(
      els,
      texts.consolidated(count(outcome.files), count(result.rows.length), count(result.people), outcome.sheet),
    );
  });

  const achievement = guard(async () => {
    clearMessages(els);
    const source = store.state.consolidated;
    if (!source) showProgress(els, texts.readingWorkbook, null);
    const outcome = await makeAchievement(
      workbook,
      source,
      lang,
      texts.thisWorkbook,
      await targetsNow(),
      fileTargets?.file,
    );
    if (!outcome.ok && "nobody" in outcome) return showError(els, source ? texts.nobodyConsolidated : texts.nobodyHere);
    if (!outcome.ok) {
      const problem = outcome.targets.problem;
      return showError(
        els,
        problem === "no-sheet" ? texts.noTargetsSheet(TARGETS_SHEET) : targetsProblemMessage(problem, lang),
      );
    }
    // The chart shows the report's figures: the targets as they are now, over the same people.
    showChart(outcome.achievement);
    const warnings = outcome.warnings.map((w) => targetWarningMessage(w, lang));
    showStatus(els, [texts.achievementWritten(outcome.sheet, count(outcome.categories)), ...warnings].join(" "));
  });

  applyTexts(els.section, "plan", texts);
  if (!workbook.caps.insertWorksheetsFromBase64) els.consolidateHint.textContent = texts.ownReader;
  for (const [button, action] of [
    [els.createTargets, createTargets],
    [els.readTargets, readTargets],
    [els.openFeedback, openFeedback],
    [els.consolidate, consolidate],
    [els.achievement, achievement],
  ] as const) {
    button.disabled = false;
    button.addEventListener("click", action);
  }
  els.sheetTargets.addEventListener("click", sheetTargets);
  els.section.setAttribute("aria-busy", "false");
}
