import type { Language, Severity } from "../../core/report/types";
import type { CheckOutcome } from "./run";
import { h } from "../shell/dom";
import { formatCount, formatTime } from "../shell/format";
import type { PaneElements } from "../shell/page";
import { type Counts, SEVERITIES } from "./problems";
import type { PaneStrings } from "../i18n/strings";

type ResultElements = Pick<PaneElements, "results" | "summary" | "filter" | "note" | "announce">;

/** The line naming what was checked, or why there is nothing to list. */
export function renderSummary(els: ResultElements, outcome: CheckOutcome, strings: PaneStrings, lang: Language): void {
  const { report } = outcome;
  const rows = formatCount(report.dataRows, lang);
  const time = formatTime(outcome.checkedAt, lang);
  els.results.hidden = false;
  els.summary.textContent = !report.roster
    ? outcome.empty
      ? strings.emptySheet(report.sheet)
      : strings.notRoster(report.sheet, formatCount(outcome.settings.headerSearchRows, lang))
    : outcome.table
      ? strings.summaryTable(outcome.table, report.sheet, rows, time)
      : strings.summarySheet(report.sheet, rows, time);
  els.summary.classList.toggle("summary-warning", !report.roster);
  const counts = (severity: string) =>
    formatCount(report.issues.filter((issue) => issue.severity === severity).length, lang);
  // Screen readers hear the outcome once, without having to find the results.
  els.announce.textContent = report.roster
    ? strings.checked(counts("error"), counts("warning"), counts("info"))
    : els.summary.textContent;
}

/**
 * The counts by severity, each a toggle button that shows or hides its problems. Built once per check,
 * so a toggle keeps the keyboard focus when pressed.
 */
export function renderFilter(
  els: ResultElements,
  counts: Counts,
  shown: ReadonlySet<Severity>,
  strings: PaneStrings,
  lang: Language,
  onToggle: (severity: Severity, pressed: boolean) => void,
): void {
  els.filter.hidden = false;
  els.filter.replaceChildren(
    ...SEVERITIES.map((severity) => {
      const button = h(
        "button",
        {
          class: `severity-toggle severity-${severity}`,
          attrs: { type: "button", "aria-pressed": String(shown.has(severity)), "data-severity": severity },
        },
        h("span", { class: "severity-count" }, formatCount(counts[severity], lang)),
        h("span", { class: "severity-label" }, strings.severity[severity]),
      );
      button.addEventListener("click", () => {
        const pressed = button.getAttribute("aria-pressed") !== "true";
        button.setAttribute("aria-pressed", String(pressed));
        onToggle(severity, pressed);
      });
      return button;
    }),
  );
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
