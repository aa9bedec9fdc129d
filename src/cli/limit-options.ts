import { parseArgs } from "util";
import type { Limits } from "../xlsx/limits";
import { commandOf, COMMON_OPTIONS, usageError, type UsageError } from "./command-line";
import { CLI_MESSAGES } from "./i18n";

/** Options of any command that take a value, so that reading the limits leniently skips their values. */
const VALUE_OPTIONS = { targets: { type: "string" }, out: { type: "string" } } as const;

const LIMIT_OPTIONS = { "max-memory": "maxMemoryMb", "time-limit": "maxSeconds" } as const;

/**
 * --max-memory MB and --time-limit SECONDS, which every command takes: the limits of the worker each file
 * is read and checked in. A value that is not a whole number above 0 is a usage error.
 */
export function limitOptions(argv: readonly string[]): Partial<Limits> | UsageError {
  const { hint } = commandOf(argv, VALUE_OPTIONS);
  const { values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: { ...COMMON_OPTIONS, ...VALUE_OPTIONS },
  });
  const limits: Partial<Limits> = {};
  for (const [option, key] of Object.entries(LIMIT_OPTIONS) as [keyof typeof LIMIT_OPTIONS, keyof Limits][]) {
    const value = values[option];
    if (value === undefined) continue;
    const text = String(value);
    if (!/^[1-9][0-9]{0,5}$/.test(text)) return usageError(hint, CLI_MESSAGES[hint].usage.badLimit(`--${option}`, text));
    limits[key] = Number(text);
  }
  return limits;
}
