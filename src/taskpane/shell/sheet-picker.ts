import type { CheckTarget } from "../../office";
import { h } from "./dom";

/** The picker's value for "the current selection"; sheet names are never empty. */
export const CURRENT = "";

/** Lists "the current selection" and then the sheets; keeps the choice when the sheet still exists. */
export function fillSheetPicker(
  select: HTMLSelectElement,
  sheets: readonly string[],
  currentLabel: string,
  choice = select.value,
): void {
  select.replaceChildren(
    h("option", { attrs: { value: CURRENT } }, currentLabel),
    ...sheets.map((name) => h("option", { attrs: { value: name } }, name)),
  );
  select.value = sheets.includes(choice) ? choice : CURRENT;
}

/** The picked sheet, or null for the current selection (its table, else its sheet). */
export function pickedTarget(select: HTMLSelectElement): CheckTarget | null {
  return select.value === CURRENT ? null : { sheet: select.value };
}
