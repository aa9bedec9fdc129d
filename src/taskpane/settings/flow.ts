import type { Settings } from "../../core/settings";
import type { PaneWorkbook } from "../shell/excel-port";
import type { PaneElements } from "../shell/page";
import { fieldLabel, readSettingsForm } from "./form";
import type { PaneStrings } from "../i18n/strings";
import { showStatus } from "../shell/view-messages";
import { fillSheetPicker } from "../shell/view-pickers";
import { readSettingsValues, showSettingsError } from "./view";

export interface SettingsContext {
  strings: PaneStrings;
  els: PaneElements;
  workbook: PaneWorkbook;
  /** The pane's state, shared: the settings in force (a check reads them again) and the workbook's sheets. */
  state: { settings: Settings; sheets: string[] };
  /** Runs one action at a time and reports its failure (the pane's own guard). */
  guard(action: () => Promise<void>): () => Promise<void>;
}

/**
 * The settings form: on submit, every number is checked against its range (the first one out of range is
 * pointed at), then the settings are saved into the workbook and the roster sheet chosen there is picked.
 */
export function startSettings(context: SettingsContext): void {
  const { strings, els, workbook, state } = context;
  const save = context.guard(async () => {
    const form = readSettingsForm(readSettingsValues(els));
    if (!form.ok) {
      const { field } = form;
      return showSettingsError(els, {
        field,
        text: strings.wholeNumber(fieldLabel(field.key, strings, state.settings), String(field.min), String(field.max)),
      });
    }
    showSettingsError(els, null);
    state.settings = await workbook.saveSettings(form.changes);
    if (state.settings.rosterSheet)
      fillSheetPicker(els.target, state.sheets, strings.targetActive, state.settings.rosterSheet);
    showStatus(els, strings.saved);
  });
  els.settingsForm.addEventListener("submit", (event) => {
    event.preventDefault();
    void save();
  });
}
