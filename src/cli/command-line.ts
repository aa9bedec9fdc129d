import { parseArgs } from "util";
import { isLanguage, type Language } from "../core/i18n";
import type { CliIo } from "./io";
import { CLI_MESSAGES } from "./i18n";
import { optionProblem, type OptionsConfig } from "./option-problem";
import { visible } from "./visible-text";

export interface UsageError {
  kind: "usage-error";
  lang: Language;
  message: string;
}

/** What a command's arguments come to: its help, a usage error, or the arguments to run it with. */
export type Parsed<K extends string, A> = { kind: "help"; lang: Language } | { kind: K; args: A } | UsageError;

/** --lang, --settings, the per-file limits and --help: every command takes them. */
export const COMMON_OPTIONS = {
  lang: { type: "string" },
  settings: { type: "string" },
  "max-memory": { type: "string" },
  "time-limit": { type: "string" },
  "max-cells": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export function usageError(lang: Language, message: string): UsageError {
  return { kind: "usage-error", lang, message };
}

/**
 * The command named first and the language asked for, read leniently so that other commands'
 * options do not get in the way; `stringOptions` are those that take a value.
 */
export function commandOf(
  argv: readonly string[],
  stringOptions: OptionsConfig,
): { command: string | undefined; hint: Language } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: { ...COMMON_OPTIONS, ...stringOptions },
  });
  return { command: positionals[0], hint: isLanguage(values.lang) ? values.lang : "vi" };
}

function strictly<O extends OptionsConfig>(argv: readonly string[], options: O) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { ...COMMON_OPTIONS, ...options },
  });
}

/**
 * `argv` read strictly against the command's `options` and the common ones. An option that does not
 * parse is reported in `hint`, the language the user seems to have asked for, with the option probably
 * meant; a --lang other than vi or en in Vietnamese; --help wins over everything else.
 */
export function readOptions<O extends OptionsConfig>(
  argv: readonly string[],
  options: O,
  hint: Language,
):
  | UsageError
  | { kind: "help"; lang: Language }
  | { kind: "read"; lang: Language; settingsFile: string | null; read: ReturnType<typeof strictly<O>> } {
  const problem = optionProblem(argv, { ...COMMON_OPTIONS, ...options });
  if (problem !== null) return usageError(hint, CLI_MESSAGES[hint].usage.option(problem));
  let read: ReturnType<typeof strictly<O>>;
  try {
    read = strictly(argv, options);
  } catch {
    // Node's reader found what optionProblem did not; its English text is not the user's.
    return usageError(hint, CLI_MESSAGES[hint].usage.unreadableOptions);
  }
  const common = read.values as { lang?: string; settings?: string; help?: boolean };
  const lang = common.lang ?? "vi";
  if (!isLanguage(lang)) return usageError("vi", CLI_MESSAGES.vi.usage.badLang(lang));
  if (common.help) return { kind: "help", lang };
  return { kind: "read", lang, settingsFile: common.settings ?? null, read };
}

/** Prints the help (exit 0) or the usage error with a pointer to the help (exit 2), or runs the command. */
export async function answer<K extends string, A>(
  parsed: Parsed<K, A>,
  help: (lang: Language) => string,
  io: CliIo,
  run: (args: A) => Promise<number>,
): Promise<number> {
  if ("args" in parsed) return run(parsed.args);
  if ("message" in parsed) {
    // The message may quote the command line, which a file name from a wildcard can fill with escape codes.
    io.stderr(`${visible(parsed.message)}\n${CLI_MESSAGES[parsed.lang].usage.seeHelp}\n`);
    return 2;
  }
  io.stdout(help(parsed.lang));
  return 0;
}
