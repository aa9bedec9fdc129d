// `npm run preview`: the task pane in a browser without Excel. Serves dist/ (built first if missing) with
// office.js replaced by the fake Excel host over the sample workbook of the browser tests.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { hostBundlePath } = require("./host-bundle");
const { serveStatic } = require("./static-server");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PREFERRED_PORT = 3001;

function ensureBuilt() {
  if (fs.existsSync(path.join(DIST, "taskpane.html"))) return;
  console.log("Đang dựng dist/ … / building dist/ …");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
}

/** The built page, loading host.js from its own origin (allowed by the page's script-src 'self'). */
function previewPage() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  if (!html.includes(OFFICE_JS)) throw new Error(`dist/taskpane.html không tải ${OFFICE_JS} / does not load it`);
  return html.replace(OFFICE_JS, "host.js");
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
