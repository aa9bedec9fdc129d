import type { CadreFormulaCell, FreezeMode } from "../../office";
import { h } from "../shell/dom";
import type { PrepareStrings } from "./strings";

/** Cells listed at most; the count says how many there are. */
export const FOUND_LINES = 100;

export interface FoundView {
  cells: readonly CadreFormulaCell[];
  strings: PrepareStrings;
  count(n: number): string;
  /** Worksheet.copy is there (ExcelApi 1.7). */
  canCopy: boolean;
  onConfirm(mode: FreezeMode): void;
  onCancel(): void;
}

function modeChoice(strings: PrepareStrings, canCopy: boolean): { fieldset: HTMLFieldSetElement; mode(): FreezeMode } {
  const option = (value: FreezeMode, text: string, checked: boolean, disabled: boolean) => {
    const input = h("input", { attrs: { type: "radio", name: "freeze-mode", value, id: `freeze-${value}` } });
    input.checked = checked;
    input.disabled = disabled;
    return { input, label: h("label", { class: "choice" }, input, " ", text) };
  };
  const inPlace = option("in-place", strings.inPlace, true, false);
  const copy = option("copy", strings.copy, false, !canCopy);
  const note = h("p", { class: "note" }, strings.copyUnavailable);
  note.hidden = canCopy;
  const fieldset = h(
    "fieldset",
    { class: "freeze-mode" },
    h("legend", { class: "field-label" }, strings.modeLabel),
    inPlace.label,
    copy.label,
    note,
  );
  return { fieldset, mode: () => (copy.input.checked ? "copy" : "in-place") };
}

/** The CADRE cells found, how to replace them, and the buttons to go ahead (replace and stamp) or not. */
export function showFound(container: HTMLElement, view: FoundView): void {
  const { strings, cells } = view;
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
  const more = h("p", { class: "note" }, strings.foundMore(view.count(cells.length - shown.length)));
  more.hidden = cells.length <= shown.length;
  const choice = modeChoice(strings, view.canCopy);
  choice.fieldset.hidden = cells.length === 0;
  const confirm = h(
    "button",
    { class: "button button-primary", attrs: { type: "button", id: "freeze-confirm" } },
    cells.length ? strings.freeze(view.count(cells.length)) : strings.stampOnly,
  );
  const cancel = h("button", { class: "button", attrs: { type: "button", id: "freeze-cancel" } }, strings.cancel);
  confirm.addEventListener("click", () => view.onConfirm(choice.mode()));
  cancel.addEventListener("click", () => view.onCancel());
  container.replaceChildren(
    h("p", { class: "found-count" }, cells.length ? strings.found(view.count(cells.length)) : strings.noneFound),
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
