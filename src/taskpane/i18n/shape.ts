import type { MissingFeature } from "../../office";

/** The pane's own texts (its header, what this Excel lacks, failures), in one language. */
export interface ShellTexts {
  appName: string;
  version: string;
  unavailableTitle: string;
  /** The pane's tabs, in the order a department uses them, and the name of their list. */
  tabsLabel: string;
  tabCheck: string;
  tabSend: string;
  tabBoard: string;
  tabSettings: string;
  /** What the user misses on an Excel without a feature; the requirement set is named for IT staff. */
  missingFeature: Readonly<Record<MissingFeature, string>>;
  /** An empty cell, where the pane shows cell values. */
  emptyValue: string;
  /** Put before the message of a failure the pane has no sentence of its own for. */
  failed: string;
  cellEditMode: string;
  apiMissing: string;
  /** This Office lacks requirement sets the add-in cannot work without, named for IT staff. */
  /** For the user, in words: which Excel runs the add-in. */
  officeTooOld: string;
  /** For whoever installs Office: the requirement sets this Excel lacks. */
  officeTooOldDetail: (sets: string) => string;
  sheetMissing: string;
}
