import { FIXABLE_RULES } from "../../core/repair";
import type { Issue, RuleId } from "../../core/report/types";
import type { ProblemGroup } from "../check/problems";
import { LONG_ACTION } from "../shell/busy-buttons";
import { byId, h } from "../shell/dom";
import type { RepairTexts } from "./i18n";

/** The elements of taskpane.html the repairs fill. */
export interface RepairElements {
  preview: HTMLElement;
  undo: HTMLButtonElement;
}

export function repairElements(): RepairElements {
  return { preview: byId("repair-preview", HTMLElement), undo: byId("undo-repair", HTMLButtonElement) };
}

/** Lines of a "fix all" preview shown at most; the count says how many there are in all. */
export const PREVIEW_LINES = 100;

const FIXABLE: ReadonlySet<RuleId> = new Set(FIXABLE_RULES);

/** Issues the add-in can repair: their rule writes fixes and the issue has one. */
export function isFixable(issue: Issue): boolean {
  return issue.fix !== undefined && FIXABLE.has(issue.rule);
}

/** What the "Sửa" buttons show and do. */
export interface FixActions {
  texts: RepairTexts;
  /** A value as the pane shows it ("“Nguyễn”", a date as dd/mm/yyyy). */
  shown(issue: Issue, value: string | number): string;
  count(n: number): string;
  onFix(issue: Issue): void;
  onFixAll(group: ProblemGroup): void;
}

/** The "Sửa" button beside an issue's line, or null when it has no fix. */
export function fixButton(issue: Issue, actions: FixActions): HTMLButtonElement | null {
  if (!isFixable(issue) || issue.fix === undefined) return null;
  const label = actions.texts.fixLabel(issue.cell, actions.shown(issue, issue.fix));
  const button = h(
    "button",
    {
      class: "button button-subtle fix",
      attrs: { type: "button", "aria-label": label, title: label, [LONG_ACTION]: "" },
    },
    actions.texts.fix,
  );
  button.addEventListener("click", () => actions.onFix(issue));
  return button;
}

/** "Sửa tất cả (N)" for a group with fixable issues, or null. */
export function fixAllButton(group: ProblemGroup, actions: FixActions): HTMLButtonElement | null {
  const count = group.issues.filter(isFixable).length;
  if (count === 0) return null;
  const button = h(
    "button",
    { class: "button fix-all", attrs: { type: "button", [LONG_ACTION]: "" } },
    actions.texts.fixAll(actions.count(count)),
  );
  button.addEventListener("click", () => actions.onFixAll(group));
  return button;
}

export interface PreviewLine {
  cell: string;
  before: string;
  after: string;
}

export interface Preview {
  title: string;
  count: string;
  lines: readonly PreviewLine[];
  texts: RepairTexts;
  more(left: number): string;
  onConfirm(): void;
  onCancel(): void;
}

/** The before/after list of a "fix all", with its count and the buttons to confirm or cancel. */
export function showPreview(container: HTMLElement, preview: Preview): void {
  const lines = preview.lines
    .slice(0, PREVIEW_LINES)
    .map((line) =>
      h(
        "li",
        { class: "preview-line" },
        h("span", { class: "problem-cell" }, line.cell),
        " ",
        h("span", { class: "preview-before" }, line.before),
        " → ",
        h("span", { class: "preview-after" }, line.after),
      ),
    );
  const left = preview.lines.length - lines.length;
  const confirm = h(
    "button",
    { class: "button button-primary", attrs: { type: "button", id: "repair-confirm", [LONG_ACTION]: "" } },
    preview.texts.confirm,
  );
  const cancel = h("button", { class: "button", attrs: { type: "button", id: "repair-cancel" } }, preview.texts.cancel);
  confirm.addEventListener("click", () => preview.onConfirm());
  cancel.addEventListener("click", () => preview.onCancel());
  const more = h("p", { class: "note" }, preview.more(left));
  more.hidden = left <= 0;
  container.replaceChildren(
    h("h2", { class: "section-title", attrs: { id: "repair-preview-title" } }, preview.title),
    h("p", { class: "preview-count" }, preview.count),
    h("ul", { class: "preview-list" }, ...lines),
    more,
    h("div", { class: "actions" }, confirm, cancel),
  );
  container.hidden = false;
  confirm.focus();
}

export function hidePreview(container: HTMLElement): void {
  container.replaceChildren();
  container.hidden = true;
}
