// Builds the stand-in for office.js that the browser tests and `npm run preview` load instead of Microsoft's:
// the fake Excel host (test/host) over the sample workbook (test/browser). Never part of dist/.
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
