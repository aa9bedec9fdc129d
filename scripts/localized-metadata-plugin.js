// Derives a translated copy of the custom functions metadata (functions-vi.json) from the functions.json that
// CustomFunctionsMetadataPlugin generates from the JSDoc, so both always list the same functions.
const fs = require("fs");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN_NAME = "LocalizedMetadataPlugin";

class LocalizedMetadataPlugin {
  /**
   * @param {{ source: string, output: string, tablePath: string, localize: (generated: unknown, table: unknown) => unknown }} options
   * source: the generated metadata asset; output: the asset to write; tablePath: the JSON translation table;
   * localize: builds the translated metadata and throws when something has no translation.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { source, output, tablePath, localize } = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          compilation.fileDependencies.add(tablePath);
          const generated = compilation.getAsset(source);
          if (!generated) {
            compilation.errors.push(
              new WebpackError(`${PLUGIN_NAME}: ${source} was not generated, so ${output} cannot be derived from it`),
            );
            return;
          }
          try {
            const table = JSON.parse(fs.readFileSync(tablePath, "utf8"));
            const localized = localize(JSON.parse(generated.source.source().toString()), table);
            compilation.emitAsset(output, new sources.RawSource(`${JSON.stringify(localized, null, 2)}\n`));
          } catch (error) {
            compilation.errors.push(
              new WebpackError(`${PLUGIN_NAME}: ${output}: ${error instanceof Error ? error.message : String(error)}`),
            );
          }
        },
      );
    });
  }
}

module.exports = LocalizedMetadataPlugin;
