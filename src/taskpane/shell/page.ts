import { byId } from "./dom";
import type { MessageElements } from "./messages";

/** The elements of taskpane.html the shell itself fills: the tabs, the check tab's messages and what this Excel lacks. */
export interface ShellElements extends MessageElements {
  error: HTMLElement;
  status: HTMLElement;
  tabs: HTMLElement;
  unavailable: HTMLElement;
  unavailableList: HTMLUListElement;
}

export function shellElements(): ShellElements {
  return {
    error: byId("error", HTMLElement),
    status: byId("status", HTMLElement),
    tabs: byId("tabs", HTMLElement),
    unavailable: byId("unavailable", HTMLElement),
    unavailableList: byId("unavailable-list", HTMLUListElement),
  };
}

/** A section's own message pair: `#<name>-error` for failures, `#<name>-status` for passing notes. */
export function messagesOf(name: string): MessageElements {
  return { error: byId(`${name}-error`, HTMLElement), status: byId(`${name}-status`, HTMLElement) };
}

/**
 * Fills the page's fixed texts in the pane's language: an element marked `data-<owner>-text="key"` gets
 * the text `key` of that owner's catalogue, one marked `data-<owner>-label="key"` gets it as its name.
 */
export function applyTexts(root: ParentNode, owner: string, texts: object): void {
  const lookup = (key: string | null) => {
    const text = key === null ? undefined : (texts as Record<string, unknown>)[key];
    return typeof text === "string" ? text : null;
  };
  root.querySelectorAll<HTMLElement>(`[data-${owner}-text]`).forEach((element) => {
    const text = lookup(element.getAttribute(`data-${owner}-text`));
    if (text !== null) element.textContent = text;
  });
  root.querySelectorAll<HTMLElement>(`[data-${owner}-label]`).forEach((element) => {
    const text = lookup(element.getAttribute(`data-${owner}-label`));
    if (text !== null) element.setAttribute("aria-label", text);
  });
}
