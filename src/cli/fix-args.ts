import { parseArgs } from "util";
import type { Language } from "../core/report/types";
import { FIX_MESSAGES } from "./fix-messages";
import { MESSAGES } from "./messages";

export interface FixArgs {
  file: string;
  /** Where the copy goes; null only for a dry run. */
  out: string | null;
  dryRun: boolean;
  force: boolean;
  lang: Language;
  settingsFile: string | null;
}

export type ParsedFix =
  | { kind: "help"; lang: Language }
  | { kind: "fix"; args: FixArgs }
  | { kind: "usage-error"; lang: Language; message: string };

const STRING_OPTIONS = { out: { type: "string" }, lang: { type: "string" }, settings: { type: "string" } } as const;

function isLanguage(value: unknown): value is Language {
  return value === "vi" || value === "en";
}

/** The arguments read leniently, so that other commands' options do not get in the way of finding the command. */
function lenient(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: STRING_OPTIONS });
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { ...STRING_OPTIONS, "dry-run": { type: "boolean" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
}

/** `cadre-roster fix --out NEW.xlsx [--force] [--dry-run] [--lang vi|en] [--settings FILE] FILE.xlsx`; null for another command. */
export function parseFixCommand(argv: readonly string[]): ParsedFix | null {
  const loose = lenient(argv);
  if (loose.positionals[0] !== "fix") return null;
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    const hint = isLanguage(loose.values.lang) ? loose.values.lang : "vi";
    return { kind: "usage-error", lang: hint, message: MESSAGES[hint].usage.badOption((error as Error).message) };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? "vi";
  if (!isLanguage(lang)) return { kind: "usage-error", lang: "vi", message: MESSAGES.vi.usage.badLang(lang) };
  if (values.help) return { kind: "help", lang };
  const m = FIX_MESSAGES[lang].usage;
  const files = positionals.slice(1);
  if (files.length === 0) return { kind: "usage-error", lang, message: m.noFile };
  if (files.length > 1) return { kind: "usage-error", lang, message: m.oneFile };
  const dryRun = values["dry-run"] === true;
  const out = values.out ?? null;
  if (out === null && !dryRun) return { kind: "usage-error", lang, message: m.noOut };
  if (out !== null && !out.toLowerCase().endsWith(".xlsx")) return { kind: "usage-error", lang, message: m.outNotXlsx(out) };
  return { kind: "fix", args: { file: files[0], out, dryRun, force: values.force === true, lang, settingsFile: values.settings ?? null } };
}
