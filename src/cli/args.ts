import type { Language } from "../core/report/types";
import { nearestName } from "../core/text/nearest";
import { isCsvDelimiter, type CsvDelimiter } from "./check/csv-field";
import { defaultDelimiter } from "./check/format-csv";
import { DEFAULT_MAX_ISSUES } from "./check/max-issues";
import { commandOf, readOptions, usageError, type Parsed } from "./command-line";
import { CLI_MESSAGES } from "./i18n";

export type OutputFormat = "text" | "json" | "csv";

export interface CheckArgs {
  format: OutputFormat;
  /** The CSV's separator: --delimiter, else the one Excel expects in the language's regional settings. */
  delimiter: CsvDelimiter;
  lang: Language;
  settingsFile: string | null;
  /** Issues listed per file (--max-issues); the others are counted. */
  maxIssues: number;
  paths: string[];
}

export type ParsedArgs = Parsed<"check", CheckArgs>;

const COMMANDS = ["check", "summary", "fix"];
const VALUE_OPTIONS = { delimiter: { type: "string" }, "max-issues": { type: "string" } } as const;

/**
 * `cadre-roster check [--json | --csv [--delimiter ,|;|tab]] [--max-issues N] [--lang vi|en] [--settings FILE] PATH...`,
 * options anywhere. A mistyped command is named, with the command probably meant, before its options are read.
 */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const { command: named, hint } = commandOf(argv, VALUE_OPTIONS);
  if (named !== undefined && named !== "check" && !argv.includes("--help") && !argv.includes("-h"))
    return usageError(hint, CLI_MESSAGES[hint].usage.unknownCommand(named, nearestName(named, COMMANDS)));
  const parsed = readOptions(argv, { json: { type: "boolean" }, csv: { type: "boolean" }, ...VALUE_OPTIONS }, hint);
  if (parsed.kind !== "read") return parsed;
  const { lang, settingsFile } = parsed;
  const { values, positionals } = parsed.read;
  const usage = CLI_MESSAGES[lang].usage;
  const [command, ...paths] = positionals;
  if (command === undefined) return usageError(lang, usage.missingCommand);
  if (paths.length === 0) return usageError(lang, usage.noPaths);
  if (values.json && values.csv) return usageError(lang, usage.jsonAndCsv);
  const format: OutputFormat = values.json ? "json" : values.csv ? "csv" : "text";
  if (values.delimiter !== undefined && format !== "csv") return usageError(lang, usage.delimiterWithoutCsv);
  if (values.delimiter !== undefined && !isCsvDelimiter(values.delimiter))
    return usageError(lang, usage.badDelimiter(values.delimiter));
  const delimiter = values.delimiter ?? defaultDelimiter(lang);
  const maxIssues = values["max-issues"];
  if (maxIssues !== undefined && !/^[1-9][0-9]{0,8}$/.test(maxIssues))
    return usageError(lang, usage.badLimit("--max-issues", maxIssues));
  return {
    kind: "check",
    args: {
      format,
      delimiter,
      lang,
      settingsFile,
      maxIssues: maxIssues === undefined ? DEFAULT_MAX_ISSUES : Number(maxIssues),
      paths,
    },
  };
}
