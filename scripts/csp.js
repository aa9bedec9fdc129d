// The task pane's content security policy, in one place: the build writes it into the page's <meta>, and the
// server sends it as a header (with frame-ancestors, which a <meta> cannot carry: browsers ignore it there).

/**
 * Directives:
 * - default-src 'self': anything not named below comes from the add-in's own origin only.
 * - script-src: the add-in's own scripts, and Office.js: from Microsoft's CDN (appsforoffice.microsoft.com,
 *   plus ajax.aspnetcdn.com, where some Office.js versions fetch MicrosoftAjax), or, built with the local
 *   copy, from the add-in's own origin only. No 'unsafe-inline', no 'unsafe-eval': the page has no inline
 *   script and the build emits no eval.
 * - style-src: the add-in's stylesheet; 'unsafe-inline' only because Office.js adds inline styles on Excel
 *   on the web (office-js issue #1687). The pane itself sets no inline style.
 * - img-src, font-src 'self': the add-in's icons; no web fonts.
 * - connect-src: the add-in makes no network calls: its own origin (the development server's reload socket),
 *   and with the CDN, Office.js's telemetry (*.pipe.aria.microsoft.com). The local copy sends nothing out.
 * - frame-src: with the CDN, Office.js may frame its host-trust page from appsforoffice.microsoft.com.
 * - object-src 'none', base-uri 'none', form-action 'none': no plug-ins, no <base>, no form posts.
 */
function contentSecurityPolicy(mode) {
  const cdn = mode === "cdn";
  return [
    "default-src 'self'",
    cdn ? "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    cdn ? "connect-src 'self' https://*.pipe.aria.microsoft.com" : "connect-src 'self'",
    cdn ? "frame-src https://appsforoffice.microsoft.com" : "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Who may show the page in a frame: Excel on the web, from the hosts office-js issue #3342 and
 * office-js-docs-pr issue #4911 name. Office on Windows and Mac shows it in a webview of its own, which
 * frame-ancestors does not concern. A province running Office Online Server adds its host
 * (FRAME_ANCESTORS, space-separated).
 */
const FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.sharepoint.com",
  "https://onedrive.live.com",
  "https://excel.cloud.microsoft",
];

/** The policy as an HTTP header: the page's policy and frame-ancestors. */
function headerPolicy(pagePolicy, extraAncestors = "") {
  const ancestors = [...FRAME_ANCESTORS, ...extraAncestors.split(/\s+/).filter(Boolean)];
  return `${pagePolicy}; frame-ancestors ${ancestors.join(" ")}`;
}

module.exports = { contentSecurityPolicy, FRAME_ANCESTORS, headerPolicy };
