// Task pane entry: once Office.js is ready, show the pane in the user's language and wire it to the workbook.
import { detectCapabilities } from "../office";
import { showAbout } from "./about";
import { startPane } from "./app";
import { describeError } from "./error-text";
import { officeWorkbook } from "./excel-port";
import { languageOf, STRINGS } from "./i18n";
import { applyStrings, paneElements } from "./page";
import { officePlanWorkbook } from "./plan-port";
import { startPlan } from "./plan-section";
import { PLAN_STRINGS } from "./strings-plan";
import { ADDIN_VERSION } from "./version";
import { planElements } from "./view-plan";
import { showError } from "./view-messages";

Office.onReady(() => {
  const lang = languageOf(Office.context.displayLanguage);
  const strings = STRINGS[lang];
  showAbout(document, lang, ADDIN_VERSION);
  applyStrings(document, strings);
  const els = paneElements();
  const caps = detectCapabilities();
  startPane({ lang, strings, els, workbook: officeWorkbook(caps) }).catch((error: unknown) => showError(els, describeError(error, strings)));
  startPlan({ lang, strings: PLAN_STRINGS[lang], paneStrings: strings, els: planElements(), workbook: officePlanWorkbook(caps) });
});
