// A small read-only web server for dist/ on this machine: the browser tests and `npm run preview` use it.
const fs = require("fs");
const http = require("http");
const path = require("path");
const { URL } = require("url");

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

function send(response, status, type, body) {
  response.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
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
    if (Object.prototype.hasOwnProperty.call(routes, pathname)) return send(response, 200, type, routes[pathname]());
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep)) return send(response, 403, "text/plain", "forbidden");
    fs.readFile(file, (error, body) =>
      error ? send(response, 404, "text/plain", "not found") : send(response, 200, type, body),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: chosen } = server.address();
      resolve({
        url: `http://127.0.0.1:${chosen}/`,
        port: chosen,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { serveStatic };
