/*
 * The first script of the task pane, in ES5 so that every webview Office may use runs it, Internet
 * Explorer 11 (Trident) included, where the pane's own script (ES2020) does not even parse: Office on
 * Windows shows add-ins that have a shared runtime in WebView2 or, without it, in Trident
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins), and
 * Microsoft asks add-ins to tell Trident's users so rather than stay blank
 * (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11).
 * The page shows its "this Excel cannot run the pane" text by default; here it is hidden at once where the
 * webview can run the pane. Then, if the pane has not reported itself ready (data-pane="ready" on <html>,
 * set once Office.js has answered) after a while, the "Office.js did not load" text is shown: a blocked
 * CDN, a strict proxy or a missing local copy leaves the pane blank otherwise. No inline script: the
 * page's content security policy allows none.
 */
(function () {
  var WAIT_MS = 10000;
  var root = document.documentElement;
  // What the pane's script needs of the language (ES2020) and its library, tested without its syntax.
  var capable =
    typeof Promise === "function" &&
    typeof Symbol === "function" &&
    typeof Object.fromEntries === "function" &&
    typeof String.prototype.matchAll === "function" &&
    typeof globalThis === "object";
  if (!capable) return;
  root.className = (root.className ? root.className + " " : "") + "pane-capable";
  window.setTimeout(function () {
    if (root.getAttribute("data-pane") === "ready") return;
    var message = document.getElementById("boot-no-office");
    if (message) message.removeAttribute("hidden");
  }, WAIT_MS);
})();
