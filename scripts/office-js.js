// Where the task pane gets Office.js: Microsoft's CDN (the default), or, for a network without internet, a
// copy served by the add-in's own server, taken at build time from @microsoft/office-js (Microsoft's
// package of the CDN's files for exactly that: "development behind a firewall", in its README).
const fs = require("fs");
const path = require("path");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PACKAGE_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const PACKAGE_DIST = path.join(PACKAGE_DIR, "dist");

/**
 * The files office.js loads for Excel, beside itself (it finds them relative to its own URL): the Excel
 * host script for the web, Windows and Mac, named "<host>-<platform>-<version>[-core].js" by office.js;
 * the strings in each display language ("<locale>/office_strings.js", en-us the fallback); the table it
 * reads when opened outside Office; its telemetry sink. Excel on iPad and Android are left out: they run no
 * custom functions, so the manifest keeps the add-in off them. Nothing for Word, Outlook, PowerPoint,
 * OneNote, Project or Access, and no debug builds: about a tenth of the package.
 */
const EXCEL_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-web-16.00.js",
  "excel-web-16.00-core.js",
  "excel-win32-16.00.js",
  "excel-win32-16.01.js",
  "excel-win32-16.01-core.js",
  "excel-mac-16.00.js",
  "excel-mac-16.00-core.js",
  "telemetry/oteljs_agave.js",
];

/** "local" when the build is asked for it (`--env officejs=local` or OFFICEJS=local), "cdn" otherwise. */
function officeJsMode(env = {}, environment = process.env) {
  const asked = env.officejs ?? environment.OFFICEJS ?? "cdn";
  if (asked !== "local" && asked !== "cdn")
    throw new Error(`officejs phải là "cdn" hoặc "local" / must be "cdn" or "local": "${asked}"`);
  return asked;
}

function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")).version;
}

/** The folder the copy goes to in dist/, named by the package's version so a new Office.js gets new URLs. */
function localFolder() {
  return `office-js/${packageVersion()}/`;
}

/** Every file of the copy, relative to the package's dist/: the list above and each locale's strings. */
function localFiles() {
  const locales = fs
    .readdirSync(PACKAGE_DIST, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(PACKAGE_DIST, entry.name, "office_strings.js")))
    .map((entry) => `${entry.name}/office_strings.js`);
  return [...EXCEL_FILES, ...locales];
}

/** CopyWebpackPlugin patterns that put the copy into dist/office-js/<version>/. */
function localCopyPatterns() {
  return localFiles().map((file) => ({ from: path.join(PACKAGE_DIST, file), to: `${localFolder()}${file}` }));
}

module.exports = { OFFICE_JS_CDN, localCopyPatterns, localFiles, localFolder, officeJsMode, PACKAGE_DIST };
