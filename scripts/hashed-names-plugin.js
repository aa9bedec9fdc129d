// Production builds name what Excel and browsers keep by its content: the scripts (webpack's [contenthash]),
// the custom functions metadata (here), so that a new release is fetched at once. Excel keeps custom
// function metadata for up to a day, by URL. The copied manifest is rewritten to name the new files.
const crypto = require("crypto");
const { Compilation, sources, WebpackError } = require("webpack");

const PLUGIN_NAME = "HashedNamesPlugin";

const contentHash = (text) => crypto.createHash("sha256").update(text).digest("hex").slice(0, 8);

class HashedNamesPlugin {
  /**
   * @param {{ metadata: string[], script: string, manifest: string }} settings
   * metadata: the metadata files to rename; script: the entry whose file the manifest names as the functions
   * script; manifest: the copied manifest to rewrite.
   */
  constructor(settings) {
    this.settings = settings;
  }

  apply(compiler) {
    const { metadata, script, manifest } = this.settings;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH },
        () => {
          const renamed = new Map();
          for (const name of metadata) {
            const asset = compilation.getAsset(name);
            if (!asset) return void compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: no ${name}`));
            const hashed = name.replace(/\.json$/, `.${contentHash(asset.source.source().toString())}.json`);
            compilation.renameAsset(name, hashed);
            renamed.set(name, hashed);
          }
          const scriptFile = [...(compilation.namedChunks.get(script)?.files ?? [])].find((f) => f.endsWith(".js"));
          if (!scriptFile) return void compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: no ${script} script`));
          renamed.set(`${script}.js`, scriptFile);
          const copied = compilation.getAsset(manifest);
          if (!copied) return void compilation.errors.push(new WebpackError(`${PLUGIN_NAME}: no ${manifest}`));
          let xml = copied.source.source().toString();
          for (const [from, to] of renamed) xml = xml.split(`/${from}"`).join(`/${to}"`);
          compilation.updateAsset(manifest, new sources.RawSource(xml));
        },
      );
    });
  }
}

module.exports = { contentHash, HashedNamesPlugin };
