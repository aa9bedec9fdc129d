import type { Language } from "../core/report/types";
import { isLanguage } from "../core/i18n";
import { readOptions, usageError, type Parsed } from "./command-line";
import { CLI_MESSAGES } from "./i18n";

export type OutputFormat = "text" | "json" | "csv";

export interface CheckArgs {
  format: OutputFormat;
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

/** `cadre-roster check [--json | --csv] [--lang vi|en] [--settings FILE] PATH...`, options anywhere. */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const parsed = readOptions(argv, { json: { type: "boolean" }, csv: { type: "boolean" } }, langHint(argv));
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
  return { kind: "check", args: { format, lang, settingsFile, paths } };
}
