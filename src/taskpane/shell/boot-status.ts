import type { Language } from "../../core/i18n";
import { SHELL_TEXTS } from "../i18n";

/** Tells the page's first script (boot.js) that Office.js has answered, so its "not loaded" text stays hidden. */
export function markReady(doc: Document): void {
  doc.documentElement.setAttribute("data-pane", "ready");
}

/** Shows, instead of the pane, that this Office lacks requirement sets; the pane's controls are hidden. */
export function showOfficeTooOld(doc: Document, lang: Language, missing: readonly string[]): void {
  const message = doc.getElementById("boot-old-excel");
  if (!message) return;
  const texts = SHELL_TEXTS[lang];
  const detail = doc.createElement("small");
  detail.className = "boot-detail";
  detail.textContent = texts.officeTooOldDetail(missing.join(", "));
  const said = doc.createElement("p");
  said.textContent = texts.officeTooOld;
  message.replaceChildren(said, detail);
  message.hidden = false;
  doc.documentElement.classList.add("pane-refused");
}
