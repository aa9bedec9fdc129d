// Task pane entry: once Office.js is ready, show the pane in the user's language and wire it to the workbook.
import { detectCapabilities } from "../office";
import { showAbout } from "./about";
import { startPane } from "./app";
import { describeError } from "./error-text";
import { officeWorkbook } from "./excel-port";
import { languageOf, STRINGS } from "./i18n";
import { applyStrings, paneElements } from "./page";
import { ADDIN_VERSION } from "./version";
import { showError } from "./view-messages";

Office.onReady(() => {
  const lang = languageOf(Office.context.displayLanguage);
  const strings = STRINGS[lang];
  showAbout(document, lang, ADDIN_VERSION);
  applyStrings(document, strings);
  const els = paneElements();
  startPane({ lang, strings, els, workbook: officeWorkbook(detectCapabilities()) }).catch((error: unknown) => showError(els, describeError(error, strings)));
});
