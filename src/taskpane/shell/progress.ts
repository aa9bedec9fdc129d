/** A section's progress line and bar; `cancel` where its long action can be stopped. */
export interface ProgressElements {
  progress: Pick<HTMLElement, "hidden">;
  progressText: Pick<HTMLElement, "textContent">;
  progressBar: Pick<HTMLProgressElement, "value" | "removeAttribute">;
  cancel?: Pick<HTMLButtonElement, "disabled">;
}

/** Shows how far a long action is; `fraction` null for a stage whose length is unknown. */
export function showProgress(els: ProgressElements, text: string, fraction: number | null): void {
  els.progress.hidden = false;
  els.progressText.textContent = text;
  if (fraction === null) els.progressBar.removeAttribute("value");
  else els.progressBar.value = fraction;
}

export function hideProgress(els: ProgressElements): void {
  els.progress.hidden = true;
  els.progressText.textContent = "";
  if (els.cancel) els.cancel.disabled = false;
}

/** Lets the browser paint before a long synchronous step (the engine on a big roster). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    // A hidden page gets no animation frames: do not wait for one forever.
    setTimeout(resolve, 100);
  });
}
