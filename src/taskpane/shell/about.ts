import { type Language, STRINGS } from "../i18n/language";

/** The parts of the page the header needs; the real `document` fits, and so does a test double. */
export interface PaneDocument {
  title: string;
  documentElement: { lang: string };
  getElementById(id: string): { textContent: string | null } | null;
}

/** Shows the add-in's name and version in the pane header, in the given language. */
export function showAbout(doc: PaneDocument, language: Language, version: string): void {
  const strings = STRINGS[language];
  doc.documentElement.lang = language;
  doc.title = strings.appName;
  setText(doc, "app-name", strings.appName);
  setText(doc, "app-version", `${strings.version} ${version}`);
}

function setText(doc: PaneDocument, id: string, text: string): void {
  const element = doc.getElementById(id);
  if (element) element.textContent = text;
}
