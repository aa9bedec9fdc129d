// @ts-check
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const importX = require("eslint-plugin-import-x");

/**
 * The layers and what each may import (docs/architecture.md). A file outside its layer's list fails lint.
 *   core       pure domain: imports only core
 *   xlsx       workbook files ⇄ engine input: core and its file libraries, no file system
 *   office     the only code that calls Office.js: core
 *   functions  the CADRE custom functions: core
 *   taskpane   the pane: core, office, xlsx (its lazily loaded reader)
 *   cli        the command: core, xlsx, Node
 *   tools, test, scripts: anything
 */
const LAYERS = ["core", "xlsx", "office", "functions", "taskpane", "cli"];
const MAY_IMPORT = {
  core: ["core"],
  xlsx: ["core", "xlsx"],
  office: ["core", "office"],
  functions: ["core", "functions"],
  taskpane: ["core", "office", "xlsx", "taskpane"],
  cli: ["core", "xlsx", "cli"],
};
const zones = LAYERS.flatMap((layer) =>
  LAYERS.filter((other) => !MAY_IMPORT[layer].includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    message: `src/${layer} may import only ${MAY_IMPORT[layer].map((l) => `src/${l}`).join(", ")} (docs/architecture.md).`,
  })),
);
const outsideSrc = ["./tools", "./test", "./scripts"].map((from) => ({
  target: "./src",
  from,
  except: [],
  message: "Product code never imports tools, tests or build scripts.",
}));

/** Globals that belong to one layer only. */
const officeGlobals = ["Excel", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: "Office.js is called only from src/office (docs/architecture.md).",
}));
const nodeModules = ["fs", "path", "os", "child_process", "worker_threads", "net", "http", "https"];
const nodeImports = nodeModules.flatMap((name) => [name, `node:${name}`]);

module.exports = tseslint.config(
  { ignores: ["dist/", "lib/", "cli/", "node_modules/", "coverage/", "samples/", "docs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The pane's first script runs in every webview Office may use, Internet Explorer 11 included: ES5 only.
    files: ["src/taskpane/boot.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: {
        window: "readonly",
        document: "readonly",
        Promise: "readonly",
        Symbol: "readonly",
        globalThis: "readonly",
      },
    },
  },
  {
    files: ["**/*.ts"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver": { node: { extensions: [".ts", ".js", ".json"] } } },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "import-x/no-restricted-paths": ["error", { zones: [...zones, ...outsideSrc] }] },
  },
  {
    // The domain core is shared by Excel, the task pane and the CLI: no host's API, no Node, no DOM.
    files: ["src/core/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["fs", "path", "node:*", "exceljs", "office-*", "zlib", "stream"] },
      ],
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        "document",
        "window",
        "process",
        "Buffer",
        "CustomFunctions",
      ],
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeImports.map((name) => ({
            name,
            message: "src/xlsx reads and writes bytes; the CLI owns the file system.",
          })),
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals, "process"],
    },
  },
  {
    files: ["src/functions/**/*.ts", "src/taskpane/**/*.ts", "src/cli/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
  {
    // The task pane shows text from workbooks anyone can edit: its DOM is built from text nodes, never from
    // HTML strings, and its content security policy forbids eval.
    files: ["src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: nodeImports }],
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML", "insertAdjacentHTML", "srcdoc", "createContextualFragment"].map((property) => ({
          property,
          message: "Put text in with textContent or document.createTextNode: cell text must never be parsed as HTML.",
        })),
        { object: "document", property: "write", message: "Build elements with document.createElement instead." },
        { object: "document", property: "writeln", message: "Build elements with document.createElement instead." },
      ],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
);
