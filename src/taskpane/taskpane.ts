// Task pane entry: once Office.js is ready, show the pane in the user's language and wire it to the workbook.
import { languageOf } from "../core/i18n";
import { detectCapabilities, missingRequirements, onHostReady } from "../office";
import { startPane } from "./shell/app";
import { markReady, showOfficeTooOld } from "./shell/boot-status";
import { showHeader } from "./shell/header";
import { ADDIN_VERSION } from "./shell/version";

onHostReady((displayLanguage) => {
  markReady(document);
  const lang = languageOf(displayLanguage);
  const missing = missingRequirements();
  if (missing.length > 0) return showOfficeTooOld(document, lang, missing);
  showHeader(document, lang, ADDIN_VERSION);
  void startPane(lang, detectCapabilities());
});
