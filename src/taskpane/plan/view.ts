import type { CrossFileDuplicate } from "../../core/consolidate/types";
import { formatDate, formatNumber, type Language } from "../../core/i18n";
import type { FileReport } from "../../core/report/types";
import { byId, h } from "../shell/dom";
import type { MessageElements } from "../shell/messages";
import { messagesOf } from "../shell/page";
import type { PlanTexts } from "./i18n";

/** The elements of the targets and consolidation section of taskpane.html. */
export interface PlanElements {
  section: HTMLElement;
  createTargets: HTMLButtonElement;
  targetsFile: HTMLInputElement;
  readTargets: HTMLButtonElement;
  sheetTargets: HTMLButtonElement;
  /** Where the targets actions tell how they went. */
  targetsMessages: MessageElements;
  /** The targets file in use and what it holds. */
  targetsInUse: HTMLElement;
  files: HTMLInputElement;
  consolidate: HTMLButtonElement;
  consolidateHint: HTMLElement;
  achievement: HTMLButtonElement;
  progress: HTMLElement;
  progressText: HTMLElement;
  progressBar: HTMLProgressElement;
  error: HTMLElement;
  status: HTMLElement;
  fileResults: HTMLElement;
  duplicates: HTMLElement;
  chart: HTMLElement;
  feedback: HTMLElement;
  feedbackUnit: HTMLSelectElement;
  openFeedback: HTMLButtonElement;
  feedbackUnavailable: HTMLElement;
  feedbackMessages: MessageElements;
}

export function planElements(): PlanElements {
  return {
    section: byId("plan", HTMLElement),
    createTargets: byId("create-targets", HTMLButtonElement),
    targetsFile: byId("targets-file", HTMLInputElement),
    readTargets: byId("read-targets", HTMLButtonElement),
    sheetTargets: byId("sheet-targets", HTMLButtonElement),
    targetsMessages: messagesOf("targets"),
    targetsInUse: byId("targets-in-use", HTMLElement),
    files: byId("consolidate-files", HTMLInputElement),
    consolidate: byId("consolidate", HTMLButtonElement),
    consolidateHint: byId("consolidate-hint", HTMLElement),
    achievement: byId("achievement", HTMLButtonElement),
    progress: byId("plan-progress", HTMLElement),
    progressText: byId("plan-progress-text", HTMLElement),
    progressBar: byId("plan-progress-bar", HTMLProgressElement),
    error: byId("plan-error", HTMLElement),
    status: byId("plan-status", HTMLElement),
    fileResults: byId("plan-files", HTMLElement),
    duplicates: byId("plan-duplicates", HTMLElement),
    chart: byId("plan-chart", HTMLElement),
    feedback: byId("feedback", HTMLElement),
    feedbackUnit: byId("feedback-unit", HTMLSelectElement),
    openFeedback: byId("open-feedback", HTMLButtonElement),
    feedbackUnavailable: byId("feedback-unavailable", HTMLElement),
    feedbackMessages: messagesOf("feedback"),
  };
}

function fileLine(report: FileReport, texts: PlanTexts, lang: Language): string {
  if (report.error !== null) return `${report.file}: ${texts.fileFailed(report.error)}`;
  const rosters = report.sheets.filter((s) => s.roster);
  if (rosters.length === 0) return `${report.file}: ${texts.fileNoRoster}`;
  const issues = rosters.flatMap((s) => s.issues);
  const count = (severity: string) => formatNumber(issues.filter((i) => i.severity === severity).length, lang);
  const rows = formatNumber(
    rosters.reduce((n, s) => n + s.dataRows, 0),
    lang,
  );
  return `${report.file}: ${texts.fileRows(rows, count("error"), count("warning"))}`;
}

/** One line per file: its rows and problems, or why it was skipped. */
export function renderFileResults(
  els: PlanElements,
  reports: readonly FileReport[],
  texts: PlanTexts,
  lang: Language,
): void {
  const lines = reports.map((report) =>
    h(
      "li",
      { class: report.error === null ? "plan-file" : "plan-file plan-file-failed" },
      fileLine(report, texts, lang),
    ),
  );
  els.fileResults.replaceChildren(
    h("h3", { class: "field-label" }, texts.filesTitle),
    h("ul", { class: "message-list" }, ...lines),
  );
  els.fileResults.hidden = false;
}

/** Each person found in more than one file, with every place they were found. */
export function renderDuplicates(
  els: PlanElements,
  duplicates: readonly CrossFileDuplicate[],
  texts: PlanTexts,
  lang: Language,
): void {
  const items = duplicates.map((d) =>
    h(
      "li",
      { class: "plan-duplicate" },
      h(
        "span",
        { class: "plan-duplicate-name" },
        `${d.name} (${d.birthYearOnly ? String(d.birth.y) : formatDate(d.birth)})`,
      ),
      h(
        "ul",
        {},
        ...d.places.map((p) =>
          h("li", { class: "plan-place" }, texts.duplicatePlace(p.file, p.sheet, String(p.row), p.unit)),
        ),
      ),
    ),
  );
  els.duplicates.replaceChildren(
    h("h3", { class: "field-label" }, texts.duplicatesTitle(formatNumber(duplicates.length, lang))),
    duplicates.length ? h("ul", { class: "message-list" }, ...items) : h("p", { class: "hint" }, texts.noDuplicates),
  );
  els.duplicates.hidden = false;
}

/** The files whose units can be sent their feedback: those read in the last consolidation. */
export function renderFeedbackChoice(els: PlanElements, files: readonly string[], canOpen: boolean): void {
  els.feedbackUnit.replaceChildren(...files.map((file) => h("option", { attrs: { value: file } }, file)));
  els.openFeedback.disabled = !canOpen;
  els.feedbackUnavailable.hidden = canOpen;
  els.feedback.hidden = files.length === 0;
}
