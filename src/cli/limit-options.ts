import { parseArgs } from "util";
import { DEFAULT_LIMITS, type Limits } from "../xlsx/limits";
import { fittedMemoryMb, processCaps } from "./isolate/memory-room";
import { commandOf, COMMON_OPTIONS, usageError, type UsageError } from "./command-line";
import { CLI_MESSAGES } from "./i18n";

/** Options of any command that take a value, so that reading the limits leniently skips their values. */
const VALUE_OPTIONS = {
  targets: { type: "string" },
  out: { type: "string" },
  delimiter: { type: "string" },
  "max-issues": { type: "string" },
} as const;

/** Each option's limit, and the whole numbers above 0 it takes (a billion cells is past any memory). */
const LIMIT_OPTIONS = {
  "max-memory": { key: "maxMemoryMb", value: /^[1-9][0-9]{0,5}$/ },
  "time-limit": { key: "maxSeconds", value: /^[1-9][0-9]{0,5}$/ },
  "max-cells": { key: "maxCells", value: /^[1-9][0-9]{0,8}$/ },
} as const;

/**
 * --max-memory MB, --time-limit SECONDS and --max-cells N, which every command takes: the limits of the
 * worker each file is read and checked in, and the cells a file may hold. A value that is not a whole
 * number above 0 is a usage error.
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
  for (const [option, { key, value: valid }] of Object.entries(LIMIT_OPTIONS)) {
    const value = values[option];
    if (value === undefined) continue;
    const text = String(value);
    if (!valid.test(text)) return usageError(hint, CLI_MESSAGES[hint].usage.badLimit(`--${option}`, text));
    limits[key] = Number(text);
  }
  return limits;
}

/** The limits a command reads its files within: those given, the others the defaults, the memory fitted to the system's caps. */
export function commandLimits(given: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, maxMemoryMb: fittedMemoryMb(processCaps()), ...given };
}
