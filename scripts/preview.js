// `npm run preview`: the task pane in a browser without Excel, beside the stand-in Excel's workbook. Serves
// dist/ (built first if missing), with the headers the README prescribes for the add-in's server, and office.js
// (the CDN's or the local copy) replaced by the stand-in Excel host (test/host), over a department's roster.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { hostBundlePath } = require("./host-bundle");
const { serveStatic } = require("./static-server");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const PAGE = path.join(__dirname, "preview");
/** The page's Office.js script element, whichever office.js it loads. */
const OFFICE_JS = /<script src="?[^"> ]*office\.js"?><\/script>/;
const PREFERRED_PORT = 3001;

function ensureBuilt() {
  if (fs.existsSync(path.join(DIST, "taskpane.html"))) return;
  console.log("Đang dựng dist/ … / building dist/ …");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
}

/** The built page, loading host.js from its own origin (allowed by the page's script-src 'self'). */
function previewPane() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  if (!OFFICE_JS.test(html)) throw new Error("dist/taskpane.html không tải office.js / does not load office.js");
  return html.replace(OFFICE_JS, '<script src="host.js"></script>');
}

/** What the preview serves besides dist/: the page with the workbook beside the pane, and the stand-in host. */
function previewRoutes(hostFile) {
  const file = (name) => () => fs.readFileSync(path.join(PAGE, name));
  return {
    "/taskpane.html": previewPane,
    "/host.js": () => fs.readFileSync(hostFile),
    "/preview.html": file("page.html"),
    "/preview/grid.js": file("grid.js"),
    "/preview/grid.css": file("grid.css"),
  };
}

async function main() {
  ensureBuilt();
  const routes = previewRoutes(hostBundlePath());
  const server = await serveStatic(DIST, { port: PREFERRED_PORT, routes }).catch(() => serveStatic(DIST, { routes }));
  const page = `${server.url}preview.html`;
  console.log(`Sổ tính mẫu và ngăn tác vụ / workbook and task pane: ${page}`);
  console.log(`  Tiếng Anh / English: ${page}?lang=en-US`);
  console.log(`  Excel cũ / older Excel (ExcelApi 1.5): ${page}?api=1.5`);
  console.log(`  Tệp kiểm thử an toàn / the security test workbook: ${page}?workbook=security`);
  console.log(`  10.000 dòng, mạng chậm / 10,000 rows, slow network: ${page}?workbook=security&rows=10000&latency=200`);
  console.log(`  Chỉ ngăn tác vụ / the pane alone: ${server.url}taskpane.html`);
  console.log("Ctrl+C để dừng / to stop.");
}

if (require.main === module)
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });

module.exports = { previewRoutes };
