import type { ShellTexts } from "../i18n";
import { LONG_ACTION } from "./busy-buttons";
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
  /** Where an action's result shows when no message tells it (the check's results); a message wins. */
  result?: () => HTMLElement | null;
}

/** The button the user pressed to start a long action, if that is where the keyboard focus is. */
function pressedButton(): HTMLElement | null {
  if (typeof document === "undefined") return null;
  const active = document.activeElement;
  return active instanceof HTMLElement && active.matches(`button[${LONG_ACTION}]`) ? active : null;
}

/**
 * Takes the keyboard focus from the button just pressed to what its action produced, so that the next Tab,
 * and a screen reader, start there. Left alone when the action moved the focus itself (a preview's button).
 */
function focusResult(pressed: HTMLElement | null, section: GuardedSection): void {
  if (!pressed || (document.activeElement !== pressed && document.activeElement !== document.body)) return;
  const message = [section.messages.error, section.messages.status].find(
    (el): el is HTMLElement => el instanceof HTMLElement && Boolean(el.textContent),
  );
  const target = message ?? section.result?.() ?? null;
  if (!target || target.hidden) return;
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus();
}

/**
 * The guard of one section of the pane. Every section's guard goes through the same store, so a check,
 * a repair and a consolidation never run at once; a press while another action runs does nothing.
 * Whatever fails is told in the section, never swallowed, and its progress is hidden however it ends.
 */
export function guardFor(store: PaneStore, section: GuardedSection): Guard {
  return (action) => async () => {
    await store.exclusive(async () => {
      const pressed = pressedButton();
      section.region?.setAttribute("aria-busy", "true");
      try {
        await action();
      } catch (error) {
        showError(section.messages, describeError(error, section.texts));
      } finally {
        hideProgress(section.progress);
        section.region?.setAttribute("aria-busy", "false");
      }
      focusResult(pressed, section);
    });
  };
}
