import { ruleTitle } from "../../core/report";
import type { Issue, Language } from "../../core/report/types";
import { h } from "../shell/dom";
import { formatCount, formatValue } from "../shell/format";
import type { ProblemGroup } from "./problems";
import type { PaneStrings } from "../i18n/strings";
import { enableRovingFocus } from "../shell/roving-focus";
import { type FixActions, fixAllButton, fixButton } from "../repairs/view";

/** Lines shown per group at first, and added by each "show more": the pane stays quick on big rosters. */
export const FIRST_LINES = 50;
export const MORE_LINES = 200;

export interface ProblemsView {
  groups: readonly ProblemGroup[];
  strings: PaneStrings;
  lang: Language;
  onSelect(issue: Issue): void;
  /** Given where the workbook can be repaired: "Sửa" beside each fixable issue, "Sửa tất cả" per rule. */
  fixes?: FixActions;
}

function problemLine(issue: Issue, view: ProblemsView): HTMLLIElement {
  const button = h(
    "button",
    { class: "problem", attrs: { type: "button", title: view.strings.problemHint, tabindex: "-1" } },
    h(
      "span",
      { class: "problem-head" },
      h("span", { class: "problem-cell" }, issue.cell),
      h("span", { class: "problem-value" }, formatValue(issue, view.strings.emptyValue)),
    ),
    h("span", { class: "problem-message" }, issue.message),
  );
  button.addEventListener("click", () => view.onSelect(issue));
  return h("li", {}, button, view.fixes && fixButton(issue, view.fixes));
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
    more.textContent = view.strings.showMore(formatCount(left, view.lang));
    return list.children[shown - next.length]?.querySelector("button") ?? null;
  };
  more.addEventListener("click", () => showNext(MORE_LINES)?.focus());
  showNext(FIRST_LINES);

  const title = ruleTitle(group.rule, view.lang);
  const count = formatCount(group.issues.length, view.lang);
  const summary = h(
    "summary",
    { class: "group-summary", attrs: { "aria-label": `${title}: ${view.strings.groupCount(count)}` } },
    h("span", { class: "group-title" }, title),
    h("span", { class: "badge", attrs: { "aria-hidden": "true" } }, count),
  );
  const fixAll = view.fixes && fixAllButton(group, view.fixes);
  const details = h(
    "details",
    { class: `group severity-${group.severity}`, attrs: { "data-rule": group.rule } },
    summary,
    fixAll,
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
