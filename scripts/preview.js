// `npm run preview`: the task pane in a browser without Excel. Serves dist/ (built first if missing), with the
// headers the README prescribes for the add-in's server, and office.js (the CDN's or the local copy) replaced by
// the fake Excel host over the sample workbook of the browser tests.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { hostBundlePath } = require("./host-bundle");
const { serveStatic } = require("./static-server");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
/** The page's Office.js script element, whichever office.js it loads. */
const OFFICE_JS = /<script src="?[^"> ]*office\.js"?><\/script>/;
const PREFERRED_PORT = 3001;

function ensureBuilt() {
  if (fs.existsSync(path.join(DIST, "taskpane.html"))) return;
  console.log("Đang dựng dist/ … / building dist/ …");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
}

/** The built page, loading host.js from its own origin (allowed by the page's script-src 'self'). */
function previewPage() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  if (!OFFICE_JS.test(html)) throw new Error("dist/taskpane.html không tải office.js / does not load office.js");
  return html.replace(OFFICE_JS, '<script src="host.js"></script>');
}

async function main() {
  ensureBuilt();
  const host = hostBundlePath();
  const routes = { "/taskpane.html": previewPage, "/host.js": () => fs.readFileSync(host) };
  const server = await serveStatic(DIST, { port: PREFERRED_PORT, routes }).catch(() => serveStatic(DIST, { routes }));
  const page = `${server.url}taskpane.html`;
  console.log(`Ngăn tác vụ với sổ tính mẫu / task pane on the sample workbook: ${page}`);
  console.log(`  Tiếng Anh / English: ${page}?lang=en-US`);
  console.log(`  Excel cũ / older Excel (ExcelApi 1.5): ${page}?api=1.5`);
  console.log(`  10.000 dòng, mạng chậm / 10,000 rows, slow network: ${page}?rows=10000&latency=200`);
  console.log("Ctrl+C để dừng / to stop.");
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
