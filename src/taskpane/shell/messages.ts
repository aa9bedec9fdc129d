/** Where a section tells how its last action went: a passing note, or a failure. */
export interface MessageElements {
  error: Pick<HTMLElement, "textContent">;
  status: Pick<HTMLElement, "textContent">;
}

/** A passing note (done, saved, selected); it replaces any earlier note or error. */
export function showStatus(els: MessageElements, text: string): void {
  els.error.textContent = "";
  els.status.textContent = text;
}

/** A failure, in words the user can act on; it stays until the next action. */
export function showError(els: MessageElements, text: string): void {
  els.status.textContent = "";
  els.error.textContent = text;
}

export function clearMessages(els: MessageElements): void {
  els.status.textContent = "";
  els.error.textContent = "";
}
