import type { Language } from "../core/report/types";
import { isLanguage } from "../core/i18n";
import { readOptions, usageError, type Parsed } from "./command-line";
import { defaultDelimiter } from "./check/format-csv";
import { isCsvDelimiter, type CsvDelimiter } from "./check/csv-field";
import { CLI_MESSAGES } from "./i18n";

export type OutputFormat = "text" | "json" | "csv";

export interface CheckArgs {
  format: OutputFormat;
  /** The CSV's separator: --delimiter, else the one Excel expects in the language's regional settings. */
  delimiter: CsvDelimiter;
  lang: Language;
  settingsFile: string | null;
  paths: string[];
}

export type ParsedArgs = Parsed<"check", CheckArgs>;

/** The language to complain in when the arguments themselves do not parse. */
function langHint(argv: readonly string[]): Language {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return isLanguage(value) ? value : "vi";
}

/** `cadre-roster check [--json | --csv [--delimiter ,|;|tab]] [--lang vi|en] [--settings FILE] PATH...`, options anywhere. */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const parsed = readOptions(
    argv,
    { json: { type: "boolean" }, csv: { type: "boolean" }, delimiter: { type: "string" } },
    langHint(argv),
  );
  if (parsed.kind !== "read") return parsed;
  const { lang, settingsFile } = parsed;
  const { values, positionals } = parsed.read;
  const usage = CLI_MESSAGES[lang].usage;
  const [command, ...paths] = positionals;
  if (command === undefined) return usageError(lang, usage.missingCommand);
  if (command !== "check") return usageError(lang, usage.unknownCommand(command));
  if (paths.length === 0) return usageError(lang, usage.noPaths);
  if (values.json && values.csv) return usageError(lang, usage.jsonAndCsv);
  const format: OutputFormat = values.json ? "json" : values.csv ? "csv" : "text";
  if (values.delimiter !== undefined && format !== "csv") return usageError(lang, usage.delimiterWithoutCsv);
  if (values.delimiter !== undefined && !isCsvDelimiter(values.delimiter))
    return usageError(lang, usage.badDelimiter(values.delimiter));
  const delimiter = values.delimiter ?? defaultDelimiter(lang);
  return { kind: "check", args: { format, delimiter, lang, settingsFile, paths } };
}
