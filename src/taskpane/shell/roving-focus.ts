/**
 * One Tab stop for a long list of buttons: Tab enters the list at the last line used, the arrow keys,
 * Home and End move between lines, Enter or Space presses one. Lines in closed groups are skipped.
 */
export function enableRovingFocus(container: HTMLElement, selector: string): void {
  const lines = () =>
    Array.from(container.querySelectorAll<HTMLElement>(selector)).filter(
      (line) => line.closest("details")?.open !== false,
    );
  const makeCurrent = (line: HTMLElement) => {
    container
      .querySelectorAll<HTMLElement>(`${selector}[tabindex="0"]`)
      .forEach((other) => other.setAttribute("tabindex", "-1"));
    line.setAttribute("tabindex", "0");
  };
  const ensureCurrent = () => {
    const visible = lines();
    if (visible.length && !visible.some((line) => line.getAttribute("tabindex") === "0")) makeCurrent(visible[0]);
  };
  ensureCurrent();
  if (container.dataset.roving === "on") return;
  container.dataset.roving = "on";

  // Closing the group that holds the Tab stop must not leave the list without one ("toggle" does not bubble).
  container.addEventListener("toggle", ensureCurrent, true);
  container.addEventListener("focusin", (event) => {
    if (event.target instanceof HTMLElement && event.target.matches(selector)) makeCurrent(event.target);
  });
  container.addEventListener("keydown", (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.matches(selector)) return;
    const all = lines();
    const at = all.indexOf(event.target);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    all[Math.max(0, Math.min(to, all.length - 1))]?.focus();
  });
}
