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
);
