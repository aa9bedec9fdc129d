import type { PaneElements } from "./page";

type ProgressElements = Pick<PaneElements, "progress" | "progressText" | "progressBar" | "cancel">;

/** Shows how far the check is; `fraction` null for a stage whose length is unknown. */
export function showProgress(els: ProgressElements, text: string, fraction: number | null): void {
  els.progress.hidden = false;
  els.progressText.textContent = text;
  if (fraction === null) els.progressBar.removeAttribute("value");
  else els.progressBar.value = fraction;
}

export function hideProgress(els: ProgressElements): void {
  els.progress.hidden = true;
  els.progressText.textContent = "";
  els.cancel.disabled = false;
}

/** Lets the browser paint before a long synchronous step (the engine on a big roster). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    // A hidden page gets no animation frames: do not wait for one forever.
    setTimeout(resolve, 100);
  });
}
