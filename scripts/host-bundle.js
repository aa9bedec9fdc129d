// The stand-in for office.js (webpack.host.config.js), built once per version of its sources and kept in
// the system's temporary folder, so the browser tests and `npm run preview` do not rebuild it every time.
const crypto = require("crypto");
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const SOURCES = [
  "webpack.host.config.js",
  "test/host",
  "test/browser/page",
  "test/browser/sample-workbook.ts",
  "test/browser/department-workbook.ts",
  "test/browser/rotation-sheet.ts",
  "tools/samples/layouts.ts",
  // Excel's reading of picked files in the page: the pane's reader and what it reads with.
  "src/taskpane/plan/xlsx-reader.ts",
  "src/taskpane/plan/file-problem-error.ts",
  "src/xlsx",
  "src/core",
];

function filesUnder(entry) {
  const full = path.join(ROOT, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs.readdirSync(full).flatMap((name) => filesUnder(path.join(entry, name)));
}

function sourcesHash() {
  const hash = crypto.createHash("sha256");
  for (const file of SOURCES.flatMap(filesUnder).sort())
    hash.update(file).update(fs.readFileSync(path.join(ROOT, file)));
  return hash.digest("hex").slice(0, 16);
}

/** Path of host.js, built first when its sources changed since the last build. */
function hostBundlePath() {
  const dir = path.join(os.tmpdir(), `cadre-roster-host-${sourcesHash()}`);
  const file = path.join(dir, "host.js");
  pruneOlderBuilds(path.basename(dir));
  if (fs.existsSync(file)) return file;
  // Built beside, then renamed into place: test workers building at once never see half a file.
  const scratch = `${dir}.${process.pid}`;
  try {
    execFileSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--config",
        "webpack.host.config.js",
        "--env",
        `outputPath=${scratch}`,
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
  } catch (error) {
    throw new Error(`Không dựng được host.js / could not build host.js:\n${error.stdout || ""}${error.stderr || ""}`);
  }
  try {
    fs.renameSync(scratch, dir);
  } catch {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return file;
}

/** Builds of earlier versions of the sources are of no further use. */
function pruneOlderBuilds(current) {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (/^cadre-roster-host-[0-9a-f]{16}$/.test(name) && name !== current)
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

module.exports = { hostBundlePath };
