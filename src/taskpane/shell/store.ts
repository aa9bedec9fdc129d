import type { Severity } from "../../core/report/types";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { SEVERITIES } from "../check/problems";
import type { CheckOutcome } from "../check/run";
import type { AchievementSource } from "../plan/consolidate";

/** What the pane knows. Features read it here and change it only through the store's functions. */
export interface PaneState {
  /** A long action (a check, a repair, a consolidation…) is running: no other starts until it ends. */
  readonly busy: boolean;
  /** The last check's outcome, null before the first. */
  readonly outcome: CheckOutcome | null;
  /** The severities the problem list shows. */
  readonly shown: ReadonlySet<Severity>;
  /** The settings in force, as last read from the workbook or saved. */
  readonly settings: Settings;
  /** The workbook's sheets, as last listed. */
  readonly sheets: readonly string[];
  /** The people of the last consolidation, counted by the results report; null before one. */
  readonly consolidated: AchievementSource | null;
}

/** Called after each change with the state before it, so a listener redraws only what changed. */
export type Listener = (state: PaneState, before: PaneState) => void;

export interface PaneStore {
  readonly state: PaneState;
  /** Listeners run in the order they subscribed. */
  subscribe(listener: Listener): void;
  /**
   * Runs `action` as the pane's one long action, and gives true; gives false, running nothing, while
   * another runs. Busy is released however the action ends: done, failed or cancelled.
   */
  exclusive(action: () => Promise<void>): Promise<boolean>;
  /** A new outcome shows every severity again. */
  setOutcome(outcome: CheckOutcome): void;
  /** Shows only one severity's problems; the same again, or null, shows them all. */
  showOnly(severity: Severity | null): void;
  setSettings(settings: Settings): void;
  setSheets(sheets: readonly string[]): void;
  setConsolidated(source: AchievementSource | null): void;
}

export function createPaneStore(): PaneStore {
  let state: PaneState = {
    busy: false,
    outcome: null,
    shown: new Set(SEVERITIES),
    settings: { ...DEFAULT_SETTINGS },
    sheets: [],
    consolidated: null,
  };
  const listeners: Listener[] = [];
  const change = (changes: Partial<PaneState>) => {
    const before = state;
    state = { ...state, ...changes };
    for (const listener of listeners) listener(state, before);
  };

  return {
    get state() {
      return state;
    },
    subscribe: (listener) => void listeners.push(listener),
    exclusive: async (action) => {
      if (state.busy) return false;
      try {
        change({ busy: true });
        await action();
      } finally {
        change({ busy: false });
      }
      return true;
    },
    setOutcome: (outcome) => change({ outcome, shown: new Set(SEVERITIES) }),
    showOnly: (severity) => {
      const again = severity !== null && state.shown.size === 1 && state.shown.has(severity);
      change({ shown: new Set(severity === null || again ? SEVERITIES : [severity]) });
    },
    setSettings: (settings) => change({ settings }),
    setSheets: (sheets) => change({ sheets }),
    setConsolidated: (consolidated) => change({ consolidated }),
  };
}
