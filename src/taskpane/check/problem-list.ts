import { formatNumber, type Language } from "../../core/i18n";
import type { Issue } from "../../core/report/types";
import { formatValue } from "../shell/cell-value";
import { h } from "../shell/dom";
import { enableRovingFocus } from "../shell/roving-focus";
import type { CheckTexts } from "./i18n";
import type { ProblemGroup } from "./problems";
import { ruleTitle } from "../../core/report";

/** Lines shown per group at first, and added by each "show more": the pane stays quick on big rosters. */
export const FIRST_LINES = 50;
export const MORE_LINES = 200;

/** Buttons another feature adds to the list (the repairs' "Sửa" and "Sửa tất cả"), or null where it has none. */
export interface ProblemActions {
  forIssue(issue: Issue): HTMLElement | null;
  forGroup(group: ProblemGroup): HTMLElement | null;
}

export interface ProblemsView {
  groups: readonly ProblemGroup[];
  texts: CheckTexts;
  /** How an empty cell is shown. */
  emptyValue: string;
  lang: Language;
  onSelect(issue: Issue): void;
  actions?: ProblemActions;
}

function problemLine(issue: Issue, view: ProblemsView): HTMLLIElement {
  const button = h(
    "button",
    { class: "problem", attrs: { type: "button", title: view.texts.problemHint, tabindex: "-1" } },
    h(
      "span",
      { class: "problem-head" },
      h("span", { class: "problem-cell" }, issue.cell),
      h("span", { class: "problem-value" }, formatValue(issue, view.emptyValue)),
    ),
    h("span", { class: "problem-message" }, issue.message),
  );
  button.addEventListener("click", () => view.onSelect(issue));
  return h("li", {}, button, view.actions?.forIssue(issue));
}

function groupSection(group: ProblemGroup, view: ProblemsView): HTMLElement {
  const list = h("ul", { class: "problem-list" });
  const more = h("button", { class: "button button-subtle show-more", attrs: { type: "button" } });
  let shown = 0;
  const showNext = (count: number) => {
    const next = group.issues.slice(shown, shown + count);
    list.append(...next.map((issue) => problemLine(issue, view)));
    shown += next.length;
    const left = group.issues.length - shown;
    more.hidden = left === 0;
    more.textContent = view.texts.showMore(formatNumber(left, view.lang));
    return list.children[shown - next.length]?.querySelector("button") ?? null;
  };
  more.addEventListener("click", () => showNext(MORE_LINES)?.focus());
  showNext(FIRST_LINES);

  const title = ruleTitle(group.rule, view.lang);
  const count = formatNumber(group.issues.length, view.lang);
  // Named by what it shows (WCAG 2.5.3, label in name): the title and the count, the word after it heard only.
  const summary = h(
    "summary",
    { class: "group-summary" },
    h("span", { class: "group-title" }, title),
    h("span", { class: "visually-hidden" }, ": "),
    h("span", { class: "badge" }, count),
    h(
      "span",
      { class: "visually-hidden" },
      ` ${group.issues.length === 1 ? view.texts.problemOne : view.texts.problemMany}`,
    ),
  );
  const details = h(
    "details",
    { class: `group severity-${group.severity}`, attrs: { "data-rule": group.rule } },
    summary,
    view.actions?.forGroup(group),
    list,
    more,
  );
  details.open = true;
  return details;
}

/** The problems, grouped by rule; a line is a button that takes the user to its cell. */
export function renderProblems(container: HTMLElement, view: ProblemsView): void {
  container.replaceChildren(...view.groups.map((group) => groupSection(group, view)));
  enableRovingFocus(container, ".problem");
}
