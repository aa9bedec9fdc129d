// Builds the stand-in for office.js that the browser tests and `npm run preview` load instead of Microsoft's:
// the fake Excel host (test/host) over the sample workbooks (test/browser), opening picked files with the pane's
// own reader. Never part of dist/.
// `--env outputPath=DIR` chooses where host.js goes; a temporary folder by default.
const os = require("os");
const path = require("path");

module.exports = (env = {}) => ({
  mode: "production",
  // No eval-based source maps: the task pane's content security policy forbids eval.
  devtool: false,
  entry: { host: "./test/browser/page/host-page.ts" },
  output: {
    path: path.resolve(env.outputPath || path.join(os.tmpdir(), "cadre-roster-host")),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  // As for the pane: no stand-in for Node's `global`, whose helper may fall back on `new Function`, which the
  // pane's policy forbids (exceljs, which opens picked files here, tests for `global` first).
  node: { global: false },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { module: "es2020" } } },
      },
    ],
  },
  // Speed over size: the file is only ever served from this machine.
  optimization: { minimize: false },
  performance: { hints: false },
});
