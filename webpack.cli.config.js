// Packs the cadre-roster command into one file, cli/cadre-roster.js, that runs with Node 20 alone: no
// node_modules, no network. Its dependencies (exceljs and the rest) are bundled; Node's own modules stay
// `require`s. `__filename` is left to Node, so a worker started on `__filename` runs this same file.
const path = require("path");
const webpack = require("webpack");
const { version } = require("./package.json");

module.exports = {
  mode: "production",
  target: "node20",
  entry: "./src/cli/packaged.ts",
  output: {
    path: path.resolve(__dirname, "cli"),
    filename: "cadre-roster.js",
    clean: true,
  },
  node: { __filename: false, __dirname: false },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        exclude: /node_modules/,
        options: { configFile: "tsconfig.cli.json", transpileOnly: true, compilerOptions: { noEmit: false } },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    new webpack.BannerPlugin({ banner: `#!/usr/bin/env node\n// cadre-roster ${version}`, raw: true }),
  ],
};
