import { progressOf } from "../../core/consolidate/progress";
import type { PoolShare } from "../../core/consolidate/types";
import type { CategoryResult, Consolidation } from "../../core/consolidate/types";
import { formatYmd } from "../../core/dates";
import type { Language, Severity } from "../../core/report/types";
import { severityCounts } from "../../core/report/summary";
import { targetWarningMessage } from "../../core/targets/messages";
import { formatNumber } from "../../core/i18n";
import { SHEET_NAMES } from "../../core/sheets";
import { CLI_MESSAGES } from "../i18n";
import { SUMMARY_MESSAGES } from "./i18n";
import { statusText } from "./status-text";
import { printable } from "../visible-text";
import { textTable } from "./text-table";
import type { SummaryRun } from "./types";

const LABEL_WIDTH = 46;
const dash = (value: number | null, show: (v: number) => string) => (value === null ? "–" : show(value));

function categoryCells(c: CategoryResult, lang: Language): string[] {
  const num = (v: number) => formatNumber(v, lang);
  return [
    printable(c.label),
    num(c.sent),
    dash(c.target, num),
    dash(c.percent, (p) => `${p}%`),
    statusText(c, lang),
    dash(c.gap, num),
  ];
}

function achievementLines(result: Consolidation, lang: Language): string[] {
  const m = SUMMARY_MESSAGES[lang];
  const lines = [
    m.title,
    "",
    ...textTable(
      [m.columns, ...result.achievement.map((c) => categoryCells(c, lang))],
      new Set([1, 2, 3, 5]),
      LABEL_WIDTH,
    ),
    "",
  ];
  if (result.rotation) lines.push(m.rotation(result.rotation.rotated, result.rotation.quota, result.rotation.percent));
  if (result.zeroSent.length > 0) lines.push(m.zeroSent(result.zeroSent.map((c) => printable(c.label))));
  lines.push(m.countedOnce);
  return lines;
}

/**
 * Each planning list's young cadres, women and minorities against their goals, and how the people sent were
 * linked to the lists; without planning lists, only that the link could not be made.
 */
function planningLines(run: SummaryRun, lang: Language): string[] {
  const pools = run.result.planning;
  const m = SUMMARY_MESSAGES[lang].planning;
  const { lists, unplanned } = run.result.planningLink;
  if (pools.length === 0) return [m.notLinked, ""];
  const num = (v: number) => formatNumber(v, lang);
  const part = (s: PoolShare) =>
    `${num(s.count)} (${s.percent}%)${s.met === null ? "" : s.met ? ` ${m.met}` : ` ${m.short(s.goal ?? 0)}`}`;
  const rows = pools.map((p) => [
    printable(`${p.title || `${p.file} – ${p.sheet}`} (${m.asOf(formatYmd(p.asOf))})`),
    num(p.people),
    part(p.young),
    part(p.women),
    part(p.minority),
  ]);
  const unknown = pools.reduce(
    (t, p) => [t[0] + p.unknown.birth, t[1] + p.unknown.gender, t[2] + p.unknown.ethnicity],
    [0, 0, 0],
  );
  return [
    m.title,
    "",
    ...textTable([m.columns(pools[0].youngAge), ...rows], new Set([1]), LABEL_WIDTH),
    "",
    ...(unknown.some((n) => n > 0) ? [m.unknown(unknown[0], unknown[1], unknown[2]), ""] : []),
    m.linked(lists, unplanned),
    "",
  ];
}

/** People sent per year and the forecast for the end of the term; nothing when no row says when anyone was sent. */
function progressLines(run: SummaryRun, lang: Language): string[] {
  const progress = progressOf(run.result, run.term);
  if (progress.years.length === 0) return [];
  const m = SUMMARY_MESSAGES[lang].progress;
  const num = (v: number) => formatNumber(v, lang);
  const undated = progress.categories.some((c) => c.undated > 0);
  const header = [
    m.category,
    ...progress.years.map(String),
    ...(undated ? [m.undated] : []),
    ...(run.term ? [m.forecast] : []),
  ];
  const rows = progress.categories.map((c) => [
    printable(c.label),
    ...c.perYear.map(num),
    ...(undated ? [num(c.undated)] : []),
    ...(run.term ? [dash(c.forecastPercent, (p) => `${p}%${c.missesTarget ? ` (${m.misses})` : ""}`)] : []),
  ]);
  const numeric = new Set(header.map((_, i) => i).filter((i) => i > 0));
  const term = run.term ? `${run.term.start.y} – ${run.term.end.y}` : null;
  const note = run.term && progress.latest ? m.pace(formatYmd(progress.latest)) : run.term ? "" : m.noTerm;
  return [m.title(term), "", ...textTable([header, ...rows], numeric, LABEL_WIDTH), "", ...(note ? [note, ""] : [])];
}

/** Rows and people per section of the rosters; nothing when no roster is divided into sections. */
function sectionLines(result: Consolidation, lang: Language): string[] {
  if (result.sections.length === 0) return [];
  const m = SUMMARY_MESSAGES[lang].sections;
  const num = (v: number) => formatNumber(v, lang);
  const rows = result.sections.map((s) => [printable(s.section ?? m.none), num(s.rows), num(s.people)]);
  return [m.title, "", ...textTable([m.columns, ...rows], new Set([1, 2]), LABEL_WIDTH), ""];
}

function duplicateLines(result: Consolidation, lang: Language): string[] {
  const m = SUMMARY_MESSAGES[lang];
  if (result.crossFileDuplicates.length === 0) return [m.noDuplicates];
  const lines = [m.duplicates(result.crossFileDuplicates.length)];
  for (const d of result.crossFileDuplicates) {
    lines.push(`  ${printable(d.name)} (${m.born(d.birthYearOnly ? String(d.birth.y) : formatYmd(d.birth))}):`);
    for (const p of d.places) lines.push(`    - ${printable(m.place(p.file, p.sheet, p.row, p.unit))}`);
  }
  return lines;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

function fileLines(result: Consolidation, lang: Language): string[] {
  const m = SUMMARY_MESSAGES[lang];
  const cm = CLI_MESSAGES[lang];
  const lines = [m.files];
  for (const file of result.perFile) {
    if (file.error !== null) {
      lines.push(`  ${printable(file.file)}: ${m.unreadable}: ${printable(file.error)}`);
      continue;
    }
    const tally = severityCounts(file.sheets);
    const counts = SEVERITIES.map((s) => [s, tally[s]] as const).filter(([, count]) => count > 0);
    const rows = file.sheets.reduce((total, sheet) => total + sheet.dataRows, 0);
    const said = counts.length > 0 ? counts.map(([s, count]) => cm.count(count, s)).join(", ") : cm.noIssues;
    lines.push(`  ${printable(file.file)}: ${m.fileRows(rows)}; ${said}`);
  }
  return [...lines, m.seeCheck(SHEET_NAMES.findings)];
}

/** The summary for people: totals, the achievement table with the rotation line and zero-sent categories, duplicates, each file's check. */
export function formatSummary(run: SummaryRun, lang: Language): string {
  const m = SUMMARY_MESSAGES[lang];
  const { result } = run;
  const unreadable = result.perFile.filter((f) => f.error !== null).length;
  const lines = [
    m.totals(result.perFile.length, unreadable, result.rows.length, result.people),
    printable(m.targetsFrom(run.targetsFile, run.targetsSheet, result.achievement.length)),
  ];
  if (run.targetWarnings.length > 0)
    lines.push(m.targetsWarnings, ...run.targetWarnings.map((w) => `  ${printable(targetWarningMessage(w, lang))}`));
  lines.push(
    "",
    ...achievementLines(result, lang),
    "",
    ...progressLines(run, lang),
    ...planningLines(run, lang),
    ...sectionLines(result, lang),
    ...duplicateLines(result, lang),
    "",
    ...fileLines(result, lang),
  );
  return lines.join("\n") + "\n";
}
