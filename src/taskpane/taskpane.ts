// Task pane entry: once Office.js is ready, show the pane in the user's language and wire it to the workbook.
import { detectCapabilities, onHostReady } from "../office";
import { showAbout } from "./shell/about";
import { startPane } from "./shell/app";
import { describeError } from "./shell/error-text";
import { officeWorkbook } from "./shell/excel-port";
import { languageOf, STRINGS } from "./i18n/language";
import { applyStrings, paneElements } from "./shell/page";
import { officePlanWorkbook } from "./plan/port";
import { startPlan } from "./plan/section";
import { PLAN_STRINGS } from "./plan/strings";
import { ADDIN_VERSION } from "./shell/version";
import { planElements } from "./plan/view";
import { showError } from "./shell/view-messages";

onHostReady((displayLanguage) => {
  const lang = languageOf(displayLanguage);
  const strings = STRINGS[lang];
  showAbout(document, lang, ADDIN_VERSION);
  applyStrings(document, strings);
  const els = paneElements();
  const caps = detectCapabilities();
  startPane({ lang, strings, els, workbook: officeWorkbook(caps) }).catch((error: unknown) =>
    showError(els, describeError(error, strings)),
  );
  startPlan({
    lang,
    strings: PLAN_STRINGS[lang],
    paneStrings: strings,
    els: planElements(),
    workbook: officePlanWorkbook(caps),
  });
});
