import { parseArgs } from "util";
import type { Language } from "../core/report/types";
import { MESSAGES } from "./messages";

export type OutputFormat = "text" | "json" | "csv";

export interface CheckArgs {
  format: OutputFormat;
  lang: Language;
  settingsFile: string | null;
  paths: string[];
}

export type ParsedArgs =
  | { kind: "help"; lang: Language }
  | { kind: "check"; args: CheckArgs }
  | { kind: "usage-error"; lang: Language; message: string };

function isLanguage(value: unknown): value is Language {
  return value === "vi" || value === "en";
}

/** The language to complain in when the arguments themselves do not parse. */
function langHint(argv: readonly string[]): Language {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return isLanguage(value) ? value : "vi";
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      csv: { type: "boolean" },
      lang: { type: "string" },
      settings: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** `cadre-roster check [--json | --csv] [--lang vi|en] [--settings FILE] PATH...`, options anywhere. */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    const lang = langHint(argv);
    return { kind: "usage-error", lang, message: MESSAGES[lang].usage.badOption((error as Error).message) };
  }
  const { values, positionals } = parsed;
  const lang = values.lang === undefined ? "vi" : values.lang;
  if (!isLanguage(lang)) return { kind: "usage-error", lang: "vi", message: MESSAGES.vi.usage.badLang(lang) };
  if (values.help) return { kind: "help", lang };
  const usage = MESSAGES[lang].usage;
  const [command, ...paths] = positionals;
  if (command === undefined) return { kind: "usage-error", lang, message: usage.missingCommand };
  if (command !== "check") return { kind: "usage-error", lang, message: usage.unknownCommand(command) };
  if (paths.length === 0) return { kind: "usage-error", lang, message: usage.noPaths };
  if (values.json && values.csv) return { kind: "usage-error", lang, message: usage.jsonAndCsv };
  const format: OutputFormat = values.json ? "json" : values.csv ? "csv" : "text";
  return { kind: "check", args: { format, lang, settingsFile: values.settings ?? null, paths } };
}
