import type { Language } from "../../core/report/types";
import { commandOf, readOptions, usageError, type Parsed } from "../command-line";
import { FIX_MESSAGES } from "./i18n";

export interface FixArgs {
  file: string;
  /** Where the copy goes; null only for a dry run. */
  out: string | null;
  dryRun: boolean;
  force: boolean;
  lang: Language;
  settingsFile: string | null;
}

export type ParsedFix = Parsed<"fix", FixArgs>;

const OUT = { out: { type: "string" } } as const;

/** `cadre-roster fix --out NEW.xlsx [--force] [--dry-run] [--lang vi|en] [--settings FILE] FILE.xlsx`; null for another command. */
export function parseFixCommand(argv: readonly string[]): ParsedFix | null {
  const { command, hint } = commandOf(argv, OUT);
  if (command !== "fix") return null;
  const parsed = readOptions(argv, { ...OUT, "dry-run": { type: "boolean" }, force: { type: "boolean" } }, hint);
  if (parsed.kind !== "read") return parsed;
  const { lang, settingsFile } = parsed;
  const { values, positionals } = parsed.read;
  const m = FIX_MESSAGES[lang].usage;
  const files = positionals.slice(1);
  if (files.length === 0) return usageError(lang, m.noFile);
  if (files.length > 1) return usageError(lang, m.oneFile);
  const dryRun = values["dry-run"] === true;
  const out = values.out ?? null;
  if (out === null && !dryRun) return usageError(lang, m.noOut);
  if (out !== null && !out.toLowerCase().endsWith(".xlsx")) return usageError(lang, m.outNotXlsx(out));
  return { kind: "fix", args: { file: files[0], out, dryRun, force: values.force === true, lang, settingsFile } };
}
