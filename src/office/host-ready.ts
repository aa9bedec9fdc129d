/**
 * Calls `start` with Office's display language (e.g. "vi-VN", "en-GB") once Office.js is ready.
 * https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)
 * https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member
 * Where Office.js did not load (a blocked CDN), nothing starts: the page's first script says so.
 */
export function onHostReady(start: (displayLanguage: string) => void): void {
  if (typeof Office === "undefined") return;
  void Office.onReady(() => start(Office.context.displayLanguage));
}
