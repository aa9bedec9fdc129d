// Builds the add-in into dist/: the task pane page, which also hosts the custom functions (shared runtime),
// functions.json generated from the functions' JSDoc, its Vietnamese translation, the icons and the manifest.
// `--env officejs=local` (or OFFICEJS=local) serves Office.js from dist/ instead of Microsoft's CDN, for a
// network without internet; `--env outputPath=DIR` builds elsewhere than dist/.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs");
const { resolveBaseUrl, rewriteManifestUrls } = require("./scripts/addin-base-url");
const { contentSecurityPolicy } = require("./scripts/csp");
const { HashedNamesPlugin } = require("./scripts/hashed-names-plugin");
const LocalizedMetadataPlugin = require("./scripts/localized-metadata-plugin");
const { localizeMetadata } = require("./scripts/localize-functions");
const MetadataOptionsPlugin = require("./scripts/metadata-options-plugin");
const { OFFICE_JS_CDN, localCopyPatterns, localFolder, officeJsMode } = require("./scripts/office-js");
const { version } = require("./package.json");

async function getHttpsOptions() {
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** "name.<8 hex of its content>.ext" in production, so that a release is never served from a cache. */
function hashedName(file, production) {
  if (!production) return path.basename(file);
  const hash = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 8);
  const { name, ext } = path.parse(file);
  return `${name}.${hash}${ext}`;
}

module.exports = async (env = {}, options = {}) => {
  const baseUrl = resolveBaseUrl(process.env.ADDIN_BASE_URL);
  const production = options.mode === "production";
  const officeJs = officeJsMode(env);
  const hash = production ? ".[contenthash:8]" : "";
  const css = hashedName("./src/taskpane/taskpane.css", production);
  const boot = hashedName("./src/taskpane/boot.js", production);
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: `[name]${hash}.js`,
      chunkFilename: `[name]${hash}.js`,
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
      // Error cells of a range reach the functions one by one instead of failing the whole call.
      new MetadataOptionsPlugin({ asset: "functions.json", options: { allowErrorForDataTypeAny: true } }),
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
        csp: contentSecurityPolicy(officeJs),
        officeJs: officeJs === "local" ? `${localFolder()}office.js` : OFFICE_JS_CDN,
        boot,
        css,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/taskpane/taskpane.css", to: css },
          { from: "src/taskpane/boot.js", to: boot },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => rewriteManifestUrls(content.toString(), baseUrl),
          },
          ...(officeJs === "local" ? localCopyPatterns() : []),
        ],
      }),
      ...(production
        ? [
            new HashedNamesPlugin({
              metadata: ["functions.json", "functions-vi.json"],
              script: "functions",
              manifest: "manifest.xml",
            }),
          ]
        : []),
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
