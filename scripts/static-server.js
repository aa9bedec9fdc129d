// A small read-only web server for dist/ on this machine: the browser tests and `npm run preview` use it. It
// sends the response headers the README's deployment chapter prescribes for the add-in's own server.
const fs = require("fs");
const http = require("http");
const path = require("path");
const { URL } = require("url");
const { headerPolicy } = require("./csp");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** A production build puts 8 hex digits of a file's content in its name; Office.js's copy is under its version. */
const CONTENT_NAMED = /\.[0-9a-f]{8}\.[a-z]+(\.map)?$/;

/** The page's own policy, from its <meta>, to send as a header. */
function metaPolicy(html) {
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html);
  return meta ? meta[1] : null;
}

/**
 * The headers of a response:
 * - Content-Type by extension, and X-Content-Type-Options: nosniff;
 * - Access-Control-Allow-Origin: * on the custom functions' files: Excel on the web fetches the metadata
 *   from another origin, and registers no function without it;
 * - the page's Content-Security-Policy as a header, with frame-ancestors;
 * - Cache-Control: content-named files and Office.js's versioned copy forever, the page and the manifest
 *   revalidated every time (they name the others), anything else (icons) for a day.
 */
function headersFor(pathname, type, body) {
  const name = path.posix.basename(pathname);
  const headers = { "Content-Type": type, "X-Content-Type-Options": "nosniff" };
  if (/^functions/.test(name)) headers["Access-Control-Allow-Origin"] = "*";
  if (type.startsWith("text/html")) {
    const policy = metaPolicy(String(body));
    if (policy) headers["Content-Security-Policy"] = headerPolicy(policy, process.env.FRAME_ANCESTORS);
  }
  if (CONTENT_NAMED.test(name) || pathname.startsWith("/office-js/"))
    headers["Cache-Control"] = "public, max-age=31536000, immutable";
  else if (/\.(html|xml)$/.test(name)) headers["Cache-Control"] = "no-cache";
  else headers["Cache-Control"] = "public, max-age=86400";
  return headers;
}

function send(response, status, type, body, pathname = "") {
  response.writeHead(status, status === 200 ? headersFor(pathname, type, body) : { "Content-Type": type });
  response.end(body);
}

/**
 * Serves the files under `root` on 127.0.0.1 (`port` 0 picks a free one). `routes` maps a path such as
 * "/host.js" to a function giving that path's body instead of a file. Resolves with the base URL.
 */
function serveStatic(root, { port = 0, routes = {} } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD")
      return send(response, 405, "text/plain", "method not allowed");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    } catch {
      return send(response, 400, "text/plain", "bad request");
    }
    const type = TYPES[path.extname(pathname)] || "application/octet-stream";
    if (Object.prototype.hasOwnProperty.call(routes, pathname))
      return send(response, 200, type, routes[pathname](), pathname);
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep)) return send(response, 403, "text/plain", "forbidden");
    fs.readFile(file, (error, body) =>
      error ? send(response, 404, "text/plain", "not found") : send(response, 200, type, body, pathname),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: chosen } = server.address();
      resolve({
        url: `http://127.0.0.1:${chosen}/`,
        port: chosen,
        // server.close() waits for open connections to end, and a browser still running keeps its own open:
        // they are ended too (https://nodejs.org/docs/latest-v20.x/api/http.html#servercloseallconnections).
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { serveStatic };
