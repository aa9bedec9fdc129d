import { byId } from "./dom";
import type { PaneStrings } from "../i18n/strings";

/** The fixed elements of taskpane.html. */
export interface PaneElements {
  target: HTMLSelectElement;
  check: HTMLButtonElement;
  progress: HTMLElement;
  progressText: HTMLElement;
  progressBar: HTMLProgressElement;
  cancel: HTMLButtonElement;
  error: HTMLElement;
  status: HTMLElement;
  announce: HTMLElement;
  unavailable: HTMLElement;
  unavailableList: HTMLUListElement;
  results: HTMLElement;
  summary: HTMLElement;
  filter: HTMLElement;
  note: HTMLElement;
  mark: HTMLButtonElement;
  clear: HTMLButtonElement;
  report: HTMLButtonElement;
  problems: HTMLElement;
  settingsForm: HTMLFormElement;
  settingsHint: HTMLElement;
  settingsFields: HTMLElement;
  rosterSheet: HTMLSelectElement;
  settingsError: HTMLElement;
  save: HTMLButtonElement;
}

export function paneElements(): PaneElements {
  return {
    target: byId("target", HTMLSelectElement),
    check: byId("check", HTMLButtonElement),
    progress: byId("progress", HTMLElement),
    progressText: byId("progress-text", HTMLElement),
    progressBar: byId("progress-bar", HTMLProgressElement),
    cancel: byId("cancel", HTMLButtonElement),
    error: byId("error", HTMLElement),
    status: byId("status", HTMLElement),
    announce: byId("announce", HTMLElement),
    unavailable: byId("unavailable", HTMLElement),
    unavailableList: byId("unavailable-list", HTMLUListElement),
    results: byId("results", HTMLElement),
    summary: byId("results-summary", HTMLElement),
    filter: byId("filter", HTMLElement),
    note: byId("results-note", HTMLElement),
    mark: byId("mark", HTMLButtonElement),
    clear: byId("clear", HTMLButtonElement),
    report: byId("report", HTMLButtonElement),
    problems: byId("problems", HTMLElement),
    settingsForm: byId("settings-form", HTMLFormElement),
    settingsHint: byId("settings-hint", HTMLElement),
    settingsFields: byId("settings-fields", HTMLElement),
    rosterSheet: byId("setting-rosterSheet", HTMLSelectElement),
    settingsError: byId("settings-error", HTMLElement),
    save: byId("save", HTMLButtonElement),
  };
}

/** Fills `data-text` elements with their string and names `data-label` groups, in the pane's language. */
export function applyStrings(root: ParentNode, strings: PaneStrings): void {
  const lookup = (key: string | undefined) => {
    const text = key === undefined ? undefined : (strings as unknown as Record<string, unknown>)[key];
    return typeof text === "string" ? text : null;
  };
  root.querySelectorAll<HTMLElement>("[data-text]").forEach((element) => {
    const text = lookup(element.dataset.text);
    if (text !== null) element.textContent = text;
  });
  root.querySelectorAll<HTMLElement>("[data-label]").forEach((element) => {
    const text = lookup(element.dataset.label);
    if (text !== null) element.setAttribute("aria-label", text);
  });
}
