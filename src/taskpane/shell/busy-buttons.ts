/** The attribute of every button that starts a long action (see `showBusy`). */
export const LONG_ACTION = "data-long-action";

/**
 * While a long action runs, every button that would start another says it is unavailable. `aria-disabled`
 * rather than `disabled`: a disabled button drops the keyboard focus, and the user would lose their place.
 * The problem lines stay as they are, so the list does not flicker whenever a cell is selected.
 */
export function showBusy(root: ParentNode, busy: boolean): void {
  root
    .querySelectorAll<HTMLButtonElement>(`button[${LONG_ACTION}]`)
    .forEach((button) => button.setAttribute("aria-disabled", String(busy || button.disabled)));
}
