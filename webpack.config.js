// Builds the add-in into dist/: the task pane page, which also hosts the custom functions (shared runtime),
// functions.json generated from the functions' JSDoc, its Vietnamese translation, the icons and the manifest.
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs");
const { resolveBaseUrl, rewriteManifestUrls } = require("./scripts/addin-base-url");
const LocalizedMetadataPlugin = require("./scripts/localized-metadata-plugin");
const { localizeMetadata } = require("./scripts/localize-functions");
const { version } = require("./package.json");

async function getHttpsOptions() {
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const baseUrl = resolveBaseUrl(process.env.ADDIN_BASE_URL);
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    // No stand-in for Node's `global`: its runtime helper falls back on `new Function`, which the pane's
    // policy forbids. The one module that mentions `global` (exceljs, in the lazily loaded reader) tests for it first.
    node: { global: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop unused code; `npm run typecheck` checks the files the bundle leaves out.
            options: { onlyCompileBundledFiles: true, compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(version) }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizedMetadataPlugin({
        source: "functions.json",
        output: "functions-vi.json",
        tablePath: path.resolve(__dirname, "src/functions/translations.vi.json"),
        localize: localizeMetadata,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => rewriteManifestUrls(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
