import { formatNumber, type Language } from "../../core/i18n";
import type { Target } from "../../core/targets/types";
import { h } from "../shell/dom";
import type { PlanTexts } from "./i18n";

/** The targets file in use: its name, the term its title names, and what it read. */
export interface TargetsInUse {
  file: string;
  targets: readonly Target[];
  /** As "2016 – 2020"; null when the title names none. */
  term: string | null;
}

/**
 * What the picked targets file holds, beside the action that read it: each category and its target. It stays
 * while the file is in use, so the user always sees which targets the consolidation and the report compare with.
 */
export function renderTargetsInUse(
  container: HTMLElement,
  inUse: TargetsInUse | null,
  texts: PlanTexts,
  lang: Language,
): void {
  if (!inUse) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  const rows = inUse.targets.map((t) =>
    h(
      "tr",
      {},
      h("td", {}, t.label),
      t.target === null
        ? h("td", { class: "plan-target-unset" }, texts.targetNotSet)
        : h("td", { class: "plan-target-number" }, formatNumber(t.target, lang)),
    ),
  );
  container.replaceChildren(
    h(
      "table",
      { class: "plan-targets-table" },
      h("caption", {}, texts.targetsInUse(inUse.file, inUse.term)),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { attrs: { scope: "col" } }, texts.targetsCategory),
          h("th", { attrs: { scope: "col" } }, texts.targetsTarget),
        ),
      ),
      h("tbody", {}, ...rows),
    ),
  );
  container.hidden = false;
}
