import { h } from "./dom";
import type { PaneElements } from "./page";

type MessageElements = Pick<PaneElements, "error" | "status">;

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

/** What this Excel cannot do, listed once at start; nothing shown when it can do everything. */
export function showUnavailable(
  els: Pick<PaneElements, "unavailable" | "unavailableList">,
  messages: readonly string[],
): void {
  els.unavailableList.replaceChildren(...messages.map((text) => h("li", {}, text)));
  els.unavailable.hidden = messages.length === 0;
}
