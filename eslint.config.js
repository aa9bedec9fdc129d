// @ts-check
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

module.exports = tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "samples/", "docs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The domain core is shared by Excel, the task pane and the CLI: it must not reach for any of them.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "node:*", "exceljs", "office-*", "../functions/*", "../taskpane/*", "../cli/*", "../../functions/*", "../../taskpane/*", "../../cli/*"] }],
    },
  },
  {
    // The task pane shows text from workbooks anyone can edit: its DOM is built from text nodes, never from
    // HTML strings, and its content security policy forbids eval.
    files: ["src/taskpane/**/*.ts"],
    rules: {
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
