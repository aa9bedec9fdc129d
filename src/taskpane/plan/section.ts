import type { PersonRecord } from "../../core/consolidate/types";
import { targetsProblemMessage, targetWarningMessage } from "../../core/targets/messages";
import type { Language } from "../../core/report/types";
import type { WorkbookInput } from "../../core/grid/types";
import { officeErrorCode, TARGETS_SHEET } from "../../office";
import { type AchievementSource, consolidateFiles, makeAchievement, type PickedFile } from "./consolidate-flow";
import { describeError } from "../shell/error-text";
import { bytesToBase64 } from "./file-base64";
import { formatCount } from "../shell/format";
import type { PlanWorkbook } from "./port";
import type { PaneStrings } from "../i18n/strings";
import type { PlanStrings } from "./strings";
import { nextPaint } from "../shell/view-progress";
import {
  applyPlanStrings,
  hidePlanProgress,
  type PlanElements,
  renderDuplicates,
  renderFileResults,
  showPlanMessage,
  showPlanProgress,
} from "./view";

export interface PlanPane {
  lang: Language;
  strings: PlanStrings;
  /** For Office.js failures, told as the rest of the pane tells them. */
  paneStrings: PaneStrings;
  els: PlanElements;
  workbook: PlanWorkbook;
}

async function ownReader(bytes: ArrayBuffer, name: string): Promise<WorkbookInput> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ "./xlsx-reader");
  return readXlsx(bytes, name);
}

/**
 * A picked file, read by Excel itself where it can insert a file's sheets (ExcelApi 1.13), else by the
 * pane's own reader, fetched only then so the pane's start-up script stays small. A file too big for one
 * request to Excel (5 MB on the web) goes to the pane's reader too.
 */
function picked(file: File, workbook: PlanWorkbook): PickedFile {
  return {
    name: file.name,
    read: async (onProgress) => {
      const bytes = await file.arrayBuffer();
      if (!workbook.caps.insertWorksheetsFromBase64) return ownReader(bytes, file.name);
      try {
        return await workbook.readFile(bytesToBase64(new Uint8Array(bytes)), file.name, onProgress);
      } catch (error) {
        if (officeErrorCode(error) !== "RequestPayloadSizeLimitExceeded") throw error;
        return ownReader(bytes, file.name);
      }
    },
  };
}

/** Wires the targets and consolidation section: create the targets sheet, consolidate files, make the report. */
export function startPlan(pane: PlanPane): void {
  const { lang, strings, els, workbook } = pane;
  const count = (n: number) => formatCount(n, lang);
  let busy = false;
  let source: AchievementSource | null = null;

  const setBusy = (on: boolean) => {
    busy = on;
    els.section.setAttribute("aria-busy", String(on));
    for (const button of [els.createTargets, els.consolidate, els.achievement])
      button.setAttribute("aria-disabled", String(on || button.disabled));
  };

  /** One action at a time; whatever fails is told in the section, never swallowed. */
  const guard = (action: () => Promise<void>) => async () => {
    if (busy) return;
    setBusy(true);
    showPlanMessage(els, "status", "");
    try {
      await action();
    } catch (error) {
      showPlanMessage(els, "error", describeError(error, pane.paneStrings));
    } finally {
      hidePlanProgress(els);
      setBusy(false);
    }
  };

  const createTargets = guard(async () => {
    const result = await workbook.createTargets(lang);
    showPlanMessage(
      els,
      "status",
      result.created
        ? strings.targetsCreated(result.sheet, count(result.categories))
        : strings.targetsExist(result.sheet),
    );
  });

  const consolidate = guard(async () => {
    const files = Array.from(els.files.files ?? []);
    if (files.length === 0) return showPlanMessage(els, "error", strings.noFiles);
    const outcome = await consolidateFiles(
      workbook,
      files.map((file) => picked(file, workbook)),
      lang,
      {
        reading: (n, total, file, fraction) =>
          showPlanProgress(els, strings.readingFile(count(n), count(total), file), fraction),
        checking: async (file) => {
          showPlanProgress(els, strings.checking(file), null);
          await nextPaint();
        },
        writing: (done, total) =>
          showPlanProgress(els, strings.writing(count(done), count(total)), total ? done / total : null),
        describe: (error) => describeError(error, pane.paneStrings),
      },
    );
    const result = outcome.consolidation;
    const people: readonly PersonRecord[] = result.rows;
    source = { people, distinct: result.people, files: outcome.files };
    renderFileResults(els, result.perFile, strings, lang);
    renderDuplicates(els, result.crossFileDuplicates, strings, lang);
    showPlanMessage(
      els,
      "status",
      strings.consolidated(count(outcome.files), count(result.rows.length), count(result.people), outcome.sheet),
    );
  });

  const achievement = guard(async () => {
    if (!source) showPlanProgress(els, strings.readingWorkbook, null);
    const outcome = await makeAchievement(workbook, source, lang, strings.thisWorkbook);
    if (!outcome.ok) {
      const problem = outcome.targets.problem;
      return showPlanMessage(
        els,
        "error",
        problem === "no-sheet" ? strings.noTargetsSheet(TARGETS_SHEET) : targetsProblemMessage(problem, lang),
      );
    }
    const warnings = outcome.warnings.map((w) => targetWarningMessage(w, lang));
    showPlanMessage(
      els,
      "status",
      [strings.achievementWritten(outcome.sheet, count(outcome.categories)), ...warnings].join(" "),
    );
  });

  applyPlanStrings(els.section, strings);
  if (!workbook.caps.insertWorksheetsFromBase64) els.consolidateHint.textContent = strings.ownReader;
  els.createTargets.disabled = false;
  els.consolidate.disabled = false;
  els.achievement.disabled = false;
  els.createTargets.addEventListener("click", createTargets);
  els.consolidate.addEventListener("click", consolidate);
  els.achievement.addEventListener("click", achievement);
  setBusy(false);
}
