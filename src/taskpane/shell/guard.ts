import type { ShellTexts } from "../i18n";
import { describeError } from "./error-text";
import { type MessageElements, showError } from "./messages";
import { hideProgress, type ProgressElements } from "./progress";
import type { PaneStore } from "./store";

/** Turns an action into a button's handler that runs it as the pane's one long action. */
export type Guard = (action: () => Promise<void>) => () => Promise<void>;

/** Where a section's actions tell how they went. */
export interface GuardedSection {
  messages: MessageElements;
  progress: ProgressElements;
  /** Marked `aria-busy` while one of this section's own actions runs. */
  region?: Pick<HTMLElement, "setAttribute">;
  texts: ShellTexts;
}

/**
 * The guard of one section of the pane. Every section's guard goes through the same store, so a check,
 * a repair and a consolidation never run at once; a press while another action runs does nothing.
 * Whatever fails is told in the section, never swallowed, and its progress is hidden however it ends.
 */
export function guardFor(store: PaneStore, section: GuardedSection): Guard {
  return (action) => async () => {
    await store.exclusive(async () => {
      section.region?.setAttribute("aria-busy", "true");
      try {
        await action();
      } catch (error) {
        showError(section.messages, describeError(error, section.texts));
      } finally {
        hideProgress(section.progress);
        section.region?.setAttribute("aria-busy", "false");
      }
    });
  };
}
