import { byId } from "./dom";

/** The elements of taskpane.html the shell itself fills: the pane's messages and what this Excel lacks. */
export interface ShellElements {
  error: HTMLElement;
  status: HTMLElement;
  unavailable: HTMLElement;
  unavailableList: HTMLUListElement;
}

export function shellElements(): ShellElements {
  return {
    error: byId("error", HTMLElement),
    status: byId("status", HTMLElement),
    unavailable: byId("unavailable", HTMLElement),
    unavailableList: byId("unavailable-list", HTMLUListElement),
  };
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
