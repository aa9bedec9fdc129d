// Task pane entry: once Office.js is ready, show the pane in the user's language and wire it to the workbook.
import { detectCapabilities, missingRequirements, onHostReady } from "../office";
import { startPane } from "./shell/app";
import { markReady, showOfficeTooOld } from "./shell/boot-status";
import { showHeader } from "./shell/header";
import { localStorageOrNull, paneLanguage } from "./shell/language-choice";
import { ADDIN_VERSION } from "./shell/version";

onHostReady((displayLanguage) => {
  markReady(document);
  // The user's choice in the settings, else Office's display language (docs: Office.context.displayLanguage).
  const lang = paneLanguage(displayLanguage, localStorageOrNull());
  const missing = missingRequirements();
  if (missing.length > 0) return showOfficeTooOld(document, lang, missing);
  showHeader(document, lang, ADDIN_VERSION);
  void startPane(lang, detectCapabilities());
});
