// Task pane entry: once Office.js is ready, show the pane in the user's language and wire it to the workbook.
import { languageOf } from "../core/i18n";
import { detectCapabilities, onHostReady } from "../office";
import { startPane } from "./shell/app";
import { showHeader } from "./shell/header";
import { ADDIN_VERSION } from "./shell/version";

onHostReady((displayLanguage) => {
  const lang = languageOf(displayLanguage);
  showHeader(document, lang, ADDIN_VERSION);
  void startPane(lang, detectCapabilities());
});
