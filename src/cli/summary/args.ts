import { parseArgs } from "util";
import type { Language } from "../../core/report/types";
import { MESSAGES } from "../messages";
import { SUMMARY_MESSAGES } from "./messages";

/** `cadre-roster summary`: consolidation against a targets workbook. */
export interface SummaryArgs {
  json: boolean;
  lang: Language;
  settingsFile: string | null;
  targets: string;
  out: string | null;
  paths: string[];
}

export type ParsedSummary =
  | { kind: "help"; lang: Language }
  | { kind: "summary"; args: SummaryArgs }
  | { kind: "usage-error"; lang: Language; message: string };

const STRING_OPTIONS = { targets: { type: "string" }, out: { type: "string" }, lang: { type: "string" }, settings: { type: "string" } } as const;

function isLanguage(value: unknown): value is Language {
  return value === "vi" || value === "en";
}

/** Read leniently first, so that other commands' options do not get in the way of finding the command. */
function lenient(argv: readonly string[]) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: STRING_OPTIONS });
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { ...STRING_OPTIONS, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
}

/**
 * `cadre-roster summary --targets FILE [--out REPORT.xlsx] [--json] [--lang vi|en] [--settings FILE] PATH...`,
 * options anywhere; null when the command is another one.
 */
export function parseSummaryCommand(argv: readonly string[]): ParsedSummary | null {
  const loose = lenient(argv);
  if (loose.positionals[0] !== "summary") return null;
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
  const m = SUMMARY_MESSAGES[lang].usage;
  const paths = positionals.slice(1);
  if (values.targets === undefined) return { kind: "usage-error", lang, message: m.noTargets };
  if (paths.length === 0) return { kind: "usage-error", lang, message: MESSAGES[lang].usage.noPaths };
  const out = values.out ?? null;
  if (out !== null && !out.toLowerCase().endsWith(".xlsx")) return { kind: "usage-error", lang, message: m.outNotXlsx(out) };
  return { kind: "summary", args: { json: values.json === true, lang, settingsFile: values.settings ?? null, targets: values.targets, out, paths } };
}
