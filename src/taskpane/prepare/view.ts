import type { CadreFormulaCell, FreezeMode } from "../../office";
import { LONG_ACTION } from "../shell/busy-buttons";
import { byId, h } from "../shell/dom";
import type { PrepareTexts } from "./i18n";

/** The elements of taskpane.html the input checks and the email preparation fill, besides their fixed texts. */
export interface PrepareElements {
  applyRules: HTMLButtonElement;
  removeRules: HTMLButtonElement;
  rulesUnavailable: HTMLElement;
  find: HTMLButtonElement;
  found: HTMLElement;
}

export function prepareElements(): PrepareElements {
  return {
    applyRules: byId("apply-rules", HTMLButtonElement),
    removeRules: byId("remove-rules", HTMLButtonElement),
    rulesUnavailable: byId("rules-unavailable", HTMLElement),
    find: byId("find-cadre", HTMLButtonElement),
    found: byId("email-found", HTMLElement),
  };
}

/** Cells listed at most; the count says how many there are. */
export const FOUND_LINES = 100;

export interface FoundView {
  cells: readonly CadreFormulaCell[];
  texts: PrepareTexts;
  count(n: number): string;
  /** Worksheet.copy is there (ExcelApi 1.7). */
  canCopy: boolean;
  onConfirm(mode: FreezeMode): void;
  onCancel(): void;
}

function modeChoice(texts: PrepareTexts, canCopy: boolean): { fieldset: HTMLFieldSetElement; mode(): FreezeMode } {
  const option = (value: FreezeMode, text: string, checked: boolean, disabled: boolean) => {
    const input = h("input", { attrs: { type: "radio", name: "freeze-mode", value, id: `freeze-${value}` } });
    input.checked = checked;
    input.disabled = disabled;
    return { input, label: h("label", { class: "choice" }, input, " ", text) };
  };
  const inPlace = option("in-place", texts.inPlace, true, false);
  const copy = option("copy", texts.copy, false, !canCopy);
  const note = h("p", { class: "note" }, texts.copyUnavailable);
  note.hidden = canCopy;
  const fieldset = h(
    "fieldset",
    { class: "freeze-mode" },
    h("legend", { class: "field-label" }, texts.modeLabel),
    inPlace.label,
    copy.label,
    note,
  );
  return { fieldset, mode: () => (copy.input.checked ? "copy" : "in-place") };
}

/** The CADRE cells found, how to replace them, and the buttons to go ahead (replace and stamp) or not. */
export function showFound(container: HTMLElement, view: FoundView): void {
  const { texts, cells } = view;
  const shown = cells
    .slice(0, FOUND_LINES)
    .map((cell) =>
      h(
        "li",
        { class: "found-line" },
        h("span", { class: "problem-cell" }, `${cell.sheet}!${cell.cell}`),
        " ",
        h("code", {}, cell.formula),
      ),
    );
  const more = h("p", { class: "note" }, texts.foundMore(view.count(cells.length - shown.length)));
  more.hidden = cells.length <= shown.length;
  const choice = modeChoice(texts, view.canCopy);
  choice.fieldset.hidden = cells.length === 0;
  const confirm = h(
    "button",
    { class: "button button-primary", attrs: { type: "button", id: "freeze-confirm", [LONG_ACTION]: "" } },
    cells.length ? texts.freeze(view.count(cells.length)) : texts.stampOnly,
  );
  const cancel = h("button", { class: "button", attrs: { type: "button", id: "freeze-cancel" } }, texts.cancel);
  confirm.addEventListener("click", () => view.onConfirm(choice.mode()));
  cancel.addEventListener("click", () => view.onCancel());
  container.replaceChildren(
    h("p", { class: "found-count" }, cells.length ? texts.found(view.count(cells.length)) : texts.noneFound),
    h("ul", { class: "preview-list" }, ...shown),
    more,
    choice.fieldset,
    h("div", { class: "actions" }, confirm, cancel),
  );
  container.hidden = false;
}

export function hideFound(container: HTMLElement): void {
  container.replaceChildren();
  container.hidden = true;
}
