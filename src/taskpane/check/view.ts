import { formatDateTime, formatNumber, type Language } from "../../core/i18n";
import type { Severity } from "../../core/report/types";
import { byId, h } from "../shell/dom";
import type { CheckTexts } from "./i18n";
import { type Counts, SEVERITIES } from "./problems";
import type { CheckOutcome } from "./run";

/** The elements of taskpane.html the check fills: the roster picker and its progress, the results, the actions. */
export interface CheckElements {
  target: HTMLSelectElement;
  check: HTMLButtonElement;
  progress: HTMLElement;
  progressText: HTMLElement;
  progressBar: HTMLProgressElement;
  cancel: HTMLButtonElement;
  announce: HTMLElement;
  results: HTMLElement;
  summary: HTMLElement;
  filter: HTMLElement;
  note: HTMLElement;
  mark: HTMLButtonElement;
  clear: HTMLButtonElement;
  report: HTMLButtonElement;
  problems: HTMLElement;
}

export function checkElements(): CheckElements {
  return {
    target: byId("target", HTMLSelectElement),
    check: byId("check", HTMLButtonElement),
    progress: byId("progress", HTMLElement),
    progressText: byId("progress-text", HTMLElement),
    progressBar: byId("progress-bar", HTMLProgressElement),
    cancel: byId("cancel", HTMLButtonElement),
    announce: byId("announce", HTMLElement),
    results: byId("results", HTMLElement),
    summary: byId("results-summary", HTMLElement),
    filter: byId("filter", HTMLElement),
    note: byId("results-note", HTMLElement),
    mark: byId("mark", HTMLButtonElement),
    clear: byId("clear", HTMLButtonElement),
    report: byId("report", HTMLButtonElement),
    problems: byId("problems", HTMLElement),
  };
}

type ResultElements = Pick<CheckElements, "results" | "summary" | "filter" | "note" | "announce">;

/** The line naming what was checked, or why there is nothing to list. */
export function renderSummary(els: ResultElements, outcome: CheckOutcome, texts: CheckTexts, lang: Language): void {
  const { report } = outcome;
  const rows = formatNumber(report.dataRows, lang);
  const time = formatDateTime(outcome.checkedAt, lang);
  els.results.hidden = false;
  els.summary.textContent = !report.roster
    ? outcome.empty
      ? texts.emptySheet(report.sheet)
      : texts.notRoster(report.sheet, formatNumber(outcome.settings.headerSearchRows, lang))
    : outcome.table
      ? texts.summaryTable(outcome.table, report.sheet, rows, time)
      : texts.summarySheet(report.sheet, rows, time);
  els.summary.classList.toggle("summary-warning", !report.roster);
  const counts = (severity: string) =>
    formatNumber(report.issues.filter((issue) => issue.severity === severity).length, lang);
  // Screen readers hear the outcome once, without having to find the results.
  els.announce.textContent = report.roster
    ? texts.checked(counts("error"), counts("warning"), counts("info"))
    : els.summary.textContent;
}

/**
 * The counts by severity, each a button that shows only its problems ("chỉ xem lỗi"), pressed while it
 * does; pressed again, every problem shows. Built once per check, so a button keeps the keyboard focus.
 */
export function renderFilter(
  els: ResultElements,
  counts: Counts,
  shown: ReadonlySet<Severity>,
  texts: CheckTexts,
  lang: Language,
  onPick: (severity: Severity) => void,
): void {
  els.filter.hidden = false;
  els.filter.replaceChildren(
    ...SEVERITIES.map((severity) => {
      const button = h(
        "button",
        {
          class: `severity-toggle severity-${severity}`,
          attrs: { type: "button", "aria-pressed": String(onlyThis(shown, severity)), "data-severity": severity },
        },
        h("span", { class: "visually-hidden" }, `${texts.only} `),
        h("span", { class: "severity-count" }, formatNumber(counts[severity], lang)),
        h("span", { class: "severity-label" }, texts.severity[severity]),
      );
      button.addEventListener("click", () => onPick(severity));
      return button;
    }),
  );
}

const onlyThis = (shown: ReadonlySet<Severity>, severity: Severity) => shown.size === 1 && shown.has(severity);

/** The buttons' pressed states after the shown severities changed. */
export function markFilter(els: ResultElements, shown: ReadonlySet<Severity>): void {
  for (const button of els.filter.querySelectorAll<HTMLButtonElement>(".severity-toggle")) {
    const severity = button.dataset.severity as Severity;
    button.setAttribute("aria-pressed", String(onlyThis(shown, severity)));
  }
  els.filter.classList.toggle("filtered", shown.size === 1);
}

export function hideFilter(els: ResultElements): void {
  els.filter.hidden = true;
  els.filter.replaceChildren();
}

/** A line under the counts: no problems at all, or none at the severities shown. */
export function showNote(els: ResultElements, text: string | null): void {
  els.note.hidden = text === null;
  els.note.textContent = text ?? "";
}
