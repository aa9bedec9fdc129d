import type { Language } from "../../core/report/types";
import { commandOf, readOptions, usageError, type Parsed } from "../command-line";
import { CLI_MESSAGES } from "../i18n";
import { SUMMARY_MESSAGES } from "./i18n";

/** `cadre-roster summary`: consolidation against a targets workbook. */
export interface SummaryArgs {
  json: boolean;
  lang: Language;
  settingsFile: string | null;
  targets: string;
  out: string | null;
  /** A folder for one feedback workbook per unit's file (`--feedback DIR`). */
  feedback: string | null;
  /** Whether an existing --out file may be replaced (never an input). */
  force: boolean;
  paths: string[];
}

export type ParsedSummary = Parsed<"summary", SummaryArgs>;

const FILE_OPTIONS = { targets: { type: "string" }, out: { type: "string" }, feedback: { type: "string" } } as const;

/**
 * `cadre-roster summary --targets FILE [--out REPORT.xlsx] [--feedback DIR] [--force] [--json] [--lang vi|en] [--settings FILE] PATH...`,
 * options anywhere; null when the command is another one.
 */
export function parseSummaryCommand(argv: readonly string[]): ParsedSummary | null {
  const { command, hint } = commandOf(argv, FILE_OPTIONS);
  if (command !== "summary") return null;
  const parsed = readOptions(argv, { ...FILE_OPTIONS, json: { type: "boolean" }, force: { type: "boolean" } }, hint);
  if (parsed.kind !== "read") return parsed;
  const { lang, settingsFile } = parsed;
  const { values, positionals } = parsed.read;
  const m = SUMMARY_MESSAGES[lang].usage;
  const paths = positionals.slice(1);
  if (values.targets === undefined) return usageError(lang, m.noTargets);
  if (paths.length === 0) return usageError(lang, CLI_MESSAGES[lang].usage.noPaths);
  const out = values.out ?? null;
  if (out !== null && !out.toLowerCase().endsWith(".xlsx")) return usageError(lang, m.outNotXlsx(out));
  return {
    kind: "summary",
    args: {
      json: values.json === true,
      lang,
      settingsFile,
      targets: values.targets,
      out,
      feedback: values.feedback ?? null,
      force: values.force === true,
      paths,
    },
  };
}
