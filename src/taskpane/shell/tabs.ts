/**
 * The pane's tabs, as the WAI-ARIA tabs pattern has them (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * one Tab stop for the list, the arrow keys, Home and End move to a tab and show its panel at once, and
 * only the chosen tab's panel is in the page. The first tab is the one the pane opens on.
 */
export function enableTabs(tablist: HTMLElement): void {
  const tabs = Array.from(tablist.querySelectorAll<HTMLElement>('[role="tab"]'));
  const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute("aria-controls") ?? "");
  const choose = (chosen: HTMLElement) => {
    for (const tab of tabs) {
      const selected = tab === chosen;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = panelOf(tab);
      if (panel) panel.hidden = !selected;
    }
  };
  for (const tab of tabs) tab.addEventListener("click", () => choose(tab));
  tablist.addEventListener("keydown", (event) => {
    const at = tabs.findIndex((tab) => tab === event.target);
    if (at < 0) return;
    const last = tabs.length - 1;
    const to = {
      ArrowRight: at === last ? 0 : at + 1,
      ArrowLeft: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    tabs[to].focus();
    choose(tabs[to]);
  });
  choose(tabs[0]);
}
