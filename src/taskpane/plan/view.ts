import type { CrossFileDuplicate } from "../../core/consolidate/types";
import { formatYmd } from "../../core/dates/ymd";
import type { FileReport, Language } from "../../core/report/types";
import { byId, h } from "../shell/dom";
import { formatCount } from "../shell/format";
import type { PlanStrings } from "./strings";

/** The elements of the targets and consolidation section of taskpane.html. */
export interface PlanElements {
  section: HTMLElement;
  createTargets: HTMLButtonElement;
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
}

export function planElements(): PlanElements {
  return {
    section: byId("plan", HTMLElement),
    createTargets: byId("create-targets", HTMLButtonElement),
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
  };
}

/** Fills the section's `data-plan-text` elements in the pane's language. */
export function applyPlanStrings(section: HTMLElement, strings: PlanStrings): void {
  section.querySelectorAll<HTMLElement>("[data-plan-text]").forEach((element) => {
    const text = (strings as unknown as Record<string, unknown>)[element.dataset.planText ?? ""];
    if (typeof text === "string") element.textContent = text;
  });
}

export function showPlanProgress(els: PlanElements, text: string, fraction: number | null): void {
  els.progress.hidden = false;
  els.progressText.textContent = text;
  if (fraction === null) els.progressBar.removeAttribute("value");
  else els.progressBar.value = fraction;
}

export function hidePlanProgress(els: PlanElements): void {
  els.progress.hidden = true;
  els.progressText.textContent = "";
}

export function showPlanMessage(els: PlanElements, kind: "status" | "error", text: string): void {
  els.status.textContent = kind === "status" ? text : "";
  els.error.textContent = kind === "error" ? text : "";
}

function fileLine(report: FileReport, strings: PlanStrings, lang: Language): string {
  if (report.error !== null) return `${report.file}: ${strings.fileFailed(report.error)}`;
  const rosters = report.sheets.filter((s) => s.roster);
  if (rosters.length === 0) return `${report.file}: ${strings.fileNoRoster}`;
  const issues = rosters.flatMap((s) => s.issues);
  const count = (severity: string) => formatCount(issues.filter((i) => i.severity === severity).length, lang);
  const rows = formatCount(
    rosters.reduce((n, s) => n + s.dataRows, 0),
    lang,
  );
  return `${report.file}: ${strings.fileRows(rows, count("error"), count("warning"))}`;
}

/** One line per file: its rows and problems, or why it was skipped. */
export function renderFileResults(
  els: PlanElements,
  reports: readonly FileReport[],
  strings: PlanStrings,
  lang: Language,
): void {
  const lines = reports.map((report) =>
    h(
      "li",
      { class: report.error === null ? "plan-file" : "plan-file plan-file-failed" },
      fileLine(report, strings, lang),
    ),
  );
  els.fileResults.replaceChildren(
    h("h3", { class: "field-label" }, strings.filesTitle),
    h("ul", { class: "message-list" }, ...lines),
  );
  els.fileResults.hidden = false;
}

/** Each person found in more than one file, with every place they were found. */
export function renderDuplicates(
  els: PlanElements,
  duplicates: readonly CrossFileDuplicate[],
  strings: PlanStrings,
  lang: Language,
): void {
  const items = duplicates.map((d) =>
    h(
      "li",
      { class: "plan-duplicate" },
      h(
        "span",
        { class: "plan-duplicate-name" },
        `${d.name} (${d.birthYearOnly ? String(d.birth.y) : formatYmd(d.birth)})`,
      ),
      h(
        "ul",
        {},
        ...d.places.map((p) =>
          h("li", { class: "plan-place" }, strings.duplicatePlace(p.file, p.sheet, String(p.row), p.unit)),
        ),
      ),
    ),
  );
  els.duplicates.replaceChildren(
    h("h3", { class: "field-label" }, strings.duplicatesTitle(formatCount(duplicates.length, lang))),
    duplicates.length ? h("ul", { class: "message-list" }, ...items) : h("p", { class: "hint" }, strings.noDuplicates),
  );
  els.duplicates.hidden = false;
}
