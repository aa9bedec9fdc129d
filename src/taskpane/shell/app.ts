import type { Language } from "../../core/i18n";
import type { Capabilities } from "../../office";
import { startCheck } from "../check/flow";
import { checkElements } from "../check/view";
import { SHELL_TEXTS } from "../i18n";
import { startPlan } from "../plan/flow";
import { planElements } from "../plan/view";
import { planWorkbook } from "../plan/workbook";
import { startPrepare } from "../prepare/flow";
import { prepareElements } from "../prepare/view";
import { startRepairs } from "../repairs/flow";
import { repairElements } from "../repairs/view";
import { startSettings } from "../settings/flow";
import { settingsElements } from "../settings/view";
import { showBusy } from "./busy-buttons";
import { describeError } from "./error-text";
import { excelRun } from "./excel-run";
import { guardFor } from "./guard";
import { type MessageElements, showError } from "./messages";
import { applyTexts, messagesOf, shellElements } from "./page";
import { CURRENT } from "./sheet-picker";
import { createPaneStore } from "./store";
import { enableTabs } from "./tabs";
import { showUnavailable, unavailableTexts } from "./unavailable";
import { paneWorkbook } from "./workbook";

/**
 * Wires the task pane: one store for every feature, so one long action runs at a time; each feature in
 * its own folder; then the workbook's sheets and settings are read and the check can start.
 */
export async function startPane(lang: Language, caps: Capabilities): Promise<void> {
  const texts = SHELL_TEXTS[lang];
  const shell = shellElements();
  const store = createPaneStore();
  const run = excelRun();
  const workbook = paneWorkbook(caps, run);
  const check = checkElements();
  const settingsEls = settingsElements();
  const plan = planElements();
  /** A section's actions and the place where they tell how they went. */
  const section = (messages: MessageElements, result?: () => HTMLElement | null) => ({
    messages,
    guard: guardFor(store, { messages, progress: check, texts, result }),
  });
  // A check tells its result in the summary above the problems; the focus goes there.
  const common = { lang, store, ...section(shell, () => document.getElementById("results-summary")) };
  applyTexts(document, "shell", texts);
  enableTabs(shell.tabs);
  showUnavailable(shell, unavailableTexts(caps, texts));

  const repairs = startRepairs({ ...common, shellTexts: texts, els: repairElements(), workbook });
  const checkFlow = startCheck({ ...common, shellTexts: texts, els: check, workbook, actions: repairs.actions });
  startPrepare({
    lang,
    store,
    els: prepareElements(),
    workbook,
    refreshUndo: repairs.refreshUndo,
    rules: section(messagesOf("rules")),
    email: section(messagesOf("email")),
  });
  const settings = startSettings({
    lang,
    store,
    ...section(messagesOf("settings-note")),
    els: settingsEls,
    workbook,
    canSave: caps.settings,
    // The roster sheet chosen in the settings is the one the next check reads.
    onSaved: (saved) => {
      if (saved.rosterSheet) checkFlow.pick(saved.rosterSheet);
    },
  });
  startPlan({
    lang,
    shellTexts: texts,
    els: plan,
    workbook: planWorkbook(caps, run),
    store,
    guard: guardFor(store, { messages: plan, progress: plan, region: plan.section, texts }),
    targetsGuard: guardFor(store, { messages: plan.targetsMessages, progress: plan, region: plan.section, texts }),
    feedbackGuard: guardFor(store, { messages: plan.feedbackMessages, progress: plan, region: plan.section, texts }),
  });
  // Subscribed after the features, so that it also marks the buttons they have just drawn.
  store.subscribe((state) => showBusy(document, state.busy));

  /** The sheet list goes stale as the user adds and renames sheets: it is read again whenever a picker is opened. */
  const refreshSheets = async () => {
    try {
      const sheets = await workbook.sheets();
      // Rebuilding the options of a picker that is opening would close it: only when the list changed.
      if (sheets.join("\n") !== store.state.sheets.join("\n")) store.setSheets(sheets);
    } catch (error) {
      showError(shell, describeError(error, texts));
    }
  };
  check.target.addEventListener("focus", () => void refreshSheets());
  settingsEls.rosterSheet.addEventListener("focus", () => void refreshSheets());

  try {
    store.setSheets(await workbook.sheets());
    store.setSettings(await workbook.settings());
    checkFlow.pick(store.state.settings.rosterSheet || CURRENT);
    settings.show();
    checkFlow.ready();
    await repairs.refreshUndo();
  } catch (error) {
    showError(shell, describeError(error, texts));
  } finally {
    showBusy(document, store.state.busy);
  }
}
