import { formatYmd, serialToYmd } from "../../core/dates";
import { severityCounts, unlistedCount } from "../../core/report/summary";
import type { Issue, Language, Report, Severity, SheetReport } from "../../core/report/types";
import { DATE_FIELDS } from "../../core/rules/types";
import type { FieldId } from "../../core/roster/types";
import { CLI_MESSAGES, type CliMessages } from "../i18n";
import { printable } from "../visible-text";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** "3 lỗi, 1 lưu ý": the non-zero counts, or "không có vấn đề". */
function counts(m: CliMessages, sheets: readonly SheetReport[]): string {
  const n = severityCounts(sheets);
  const parts = SEVERITIES.filter((s) => n[s] > 0).map((s) => m.count(n[s], s));
  return parts.length > 0 ? parts.join(", ") : m.noIssues;
}

const DATE_FIELD_SET: ReadonlySet<FieldId> = new Set<FieldId>(DATE_FIELDS);

/** A fix as people read it: a date fix is an Excel serial, so it is shown as the day it stands for. */
function showFix(m: CliMessages, issue: Issue): string {
  const fix = issue.fix;
  if (fix === undefined) return "";
  if (typeof fix === "number" && issue.field !== null && DATE_FIELD_SET.has(issue.field))
    return ` → ${m.fix}: ${m.realDate(formatYmd(serialToYmd(fix)))}`;
  return ` → ${m.fix}: "${printable(String(fix))}"`;
}

function issueLine(m: CliMessages, issue: Issue): string {
  const fix = showFix(m, issue);
  const related = issue.related ? ` (${m.related(issue.related)})` : "";
  const severity = m.severity[issue.severity].padEnd(8);
  return `    ${issue.cell.padEnd(7)} ${severity} ${printable(issue.message)}${fix}${related}  [${issue.rule}]`;
}

function sheetLines(m: CliMessages, sheet: SheetReport): string[] {
  const name = m.sheet(printable(sheet.sheet));
  if (!sheet.roster || sheet.kind === null) return [`  ${name}: ${m.notRoster}`];
  const rows = sheet.headerRows;
  const where = rows.length > 0 ? `, ${m.headerRows(rows[0], rows[rows.length - 1])}` : "";
  const about = `${m.kind[sheet.kind]}${where}, ${m.dataRows(sheet.dataRows)}`;
  const lines = [`  ${name} (${about}): ${counts(m, [sheet])}`, ...sheet.issues.map((i) => issueLine(m, i))];
  const unlisted = unlistedCount(sheet);
  if (unlisted > 0) lines.push(`    ${m.unlisted(unlisted)}`);
  return lines;
}

/** The report for people: the totals first, then each file and sheet with its counts and issues. */
export function formatText(report: Report, lang: Language): string {
  const m = CLI_MESSAGES[lang];
  const s = report.summary;
  const totals = SEVERITIES.map((sev) =>
    m.count(sev === "error" ? s.errors : sev === "warning" ? s.warnings : s.infos, sev),
  );
  const lines = [`${m.summary(s.files, s.sheets, s.rows)}: ${totals.join(", ")}.`];
  for (const file of report.files) {
    lines.push("");
    if (file.error !== null) {
      lines.push(`${printable(file.file)}: ${m.unreadable}: ${printable(file.error)}`);
      continue;
    }
    lines.push(`${printable(file.file)}: ${counts(m, file.sheets)}`);
    for (const sheet of file.sheets) lines.push(...sheetLines(m, sheet));
  }
  return lines.join("\n") + "\n";
}
