import { parseDateText, type YMD } from "./dates";
import { columnLetter } from "./grid/address";
import { type SheetInput, type WorkbookInput } from "./grid/types";
import { renderMessage, toIssues } from "./report";
import type { FileReport, Language, RuleId, SheetReport, Severity } from "./report/types";
import { locateRoster, readRows } from "./roster";
import { createContext, type Finding, RULES, scanCells } from "./rules";
import { headerNotFound } from "./rules/header-not-found";
import { resolveSettings, type Settings } from "./settings";

export interface ValidateOptions {
  settings?: Partial<Settings>;
  /** Language of the messages; Vietnamese by default. */
  lang?: Language;
  /** The date to judge "in the future" by; settings.today, else the real today. */
  today?: YMD;
  /** Severities that differ from the rules' defaults. */
  severities?: Partial<Record<RuleId, Severity>>;
}

interface Run {
  settings: Settings;
  lang: Language;
  today: YMD;
  severity: Readonly<Record<RuleId, Severity>>;
}

function prepare(options: ValidateOptions): Run {
  const settings = resolveSettings(options.settings);
  const severity = {} as Record<RuleId, Severity>;
  for (const rule of RULES) severity[rule.id] = options.severities?.[rule.id] ?? rule.severity;
  const setToday = parseDateText(settings.today);
  const now = new Date();
  const today =
    options.today ?? (setToday.ok ? setToday.ymd : { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
  return { settings, lang: options.lang ?? "vi", today, severity };
}

function notARoster(name: string): SheetReport {
  return { sheet: name, roster: false, kind: null, headerRows: [], dataRows: 0, fields: {}, issues: [] };
}

function checkSheet(sheet: SheetInput, run: Run): SheetReport {
  const layout = locateRoster(sheet, run.settings);
  if (layout === null) return notARoster(sheet.name);
  const rows = readRows(sheet, layout);
  const ctx = createContext(sheet, layout, rows, run.settings, run.today);
  const findings: Finding[] = [];
  for (const rule of RULES) if (rule.scope === "sheet") rule.check(ctx, findings);
  scanCells(
    ctx,
    RULES.flatMap((rule) => (rule.scope === "cell" ? [rule] : [])),
    findings,
  );
  const rowRules = RULES.flatMap((rule) => (rule.scope === "row" ? [rule] : []));
  let dataRows = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].empty) continue;
    dataRows++;
    for (const rule of rowRules) rule.check(rows[i], i, ctx, findings);
  }
  const originRow = sheet.origin?.row ?? 1;
  const originCol = sheet.origin?.col ?? 1;
  const headerRows: number[] = [];
  for (let r = layout.headerTop; r <= layout.headerBottom; r++) headerRows.push(r + originRow);
  const fields: SheetReport["fields"] = {};
  for (const column of layout.columns) fields[column.field] = columnLetter(column.col + originCol);
  return {
    sheet: sheet.name,
    roster: true,
    kind: layout.kind,
    headerRows,
    dataRows,
    fields,
    issues: toIssues(findings, sheet, run.severity, run.lang),
  };
}

/** Checks one sheet. A sheet holding no roster gets `roster: false` and no issues (header-not-found is decided per file). */
export function validateSheet(sheet: SheetInput, options: ValidateOptions = {}): SheetReport {
  return checkSheet(sheet, prepare(options));
}

function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").trim().toLowerCase() === b.normalize("NFC").trim().toLowerCase();
}

/**
 * Checks every sheet of a workbook (only `settings.rosterSheet` when it is set). When no sheet holds a
 * roster, one header-not-found issue goes on the roster sheet named in the settings, else the first sheet.
 */
export function validateWorkbook(input: WorkbookInput, options: ValidateOptions = {}): FileReport {
  const run = prepare(options);
  const only = run.settings.rosterSheet;
  const sheets = input.sheets.map((sheet) =>
    only === "" || sameName(sheet.name, only) ? checkSheet(sheet, run) : notARoster(sheet.name),
  );
  if (sheets.some((sheet) => sheet.roster)) return { file: input.file, error: null, sheets };
  const findings: Finding[] = [];
  const index = Math.max(
    0,
    input.sheets.findIndex((sheet) => only !== "" && sameName(sheet.name, only)),
  );
  const target = input.sheets[index];
  if (target === undefined)
    return {
      file: input.file,
      error: renderMessage("header-not-found", { rows: run.settings.headerSearchRows }, run.lang),
      sheets,
    };
  headerNotFound.check(target, run.settings, findings);
  sheets[index] = { ...sheets[index], issues: toIssues(findings, target, run.severity, run.lang) };
  return { file: input.file, error: null, sheets };
}

export { summarize } from "./report/summary";
