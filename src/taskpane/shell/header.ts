import type { Language } from "../../core/i18n";
import { SHELL_TEXTS } from "../i18n";

/** The parts of the page the header needs; the real `document` fits, and so does a test double. */
export interface PaneDocument {
  title: string;
  documentElement: { lang: string };
  getElementById(id: string): { textContent: string | null } | null;
}

/** Shows the add-in's name and version in the pane header, in the given language. */
export function showHeader(doc: PaneDocument, language: Language, version: string): void {
  const texts = SHELL_TEXTS[language];
  doc.documentElement.lang = language;
  doc.title = texts.appName;
  setText(doc, "app-name", texts.appName);
  setText(doc, "app-version", `${texts.version} ${version}`);
}

function setText(doc: PaneDocument, id: string, text: string): void {
  const element = doc.getElementById(id);
  if (element) element.textContent = text;
}
