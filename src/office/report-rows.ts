import { parseA1 } from "../core/grid";
import type { Language, Report, ReportValue, SheetReport } from "../core/report/types";
import { quoteSheet } from "./addresses";
import { REPORT_LABELS } from "./report-labels";

/** Excel keeps at most this many characters in a cell. */
const CELL_TEXT_LIMIT = 32_767;

/** One report line; `link` is the checked cell as a reference ("'Danh sách'!B7"), null when it has no address. */
export interface ReportRow {
  sheet: string;
  cell: string;
  rule: string;
  severity: string;
  value: string;
  message: string;
  link: string | null;
}

function text(value: ReportValue | string): string {
  return (value === null ? "" : String(value)).slice(0, CELL_TEXT_LIMIT);
}

export function sheetReports(report: readonly SheetReport[] | Report): readonly SheetReport[] {
  return "files" in report ? report.files.flatMap((f) => f.sheets) : report;
}

export function reportRows(report: readonly SheetReport[] | Report, lang: Language): ReportRow[] {
  const severity = REPORT_LABELS[lang].severity;
  return sheetReports(report).flatMap((sheet) =>
    sheet.issues.map((issue) => {
      const at = parseA1(issue.cell);
      return {
        sheet: text(sheet.sheet),
        cell: text(issue.cell),
        rule: issue.rule,
        severity: severity[issue.severity],
        value: text(issue.value),
        message: text(issue.message),
        link: at && !Number.isNaN(at.column) ? `${quoteSheet(sheet.sheet)}!${issue.cell.replace(/\$/g, "")}` : null,
      };
    }),
  );
}

/**
 * A HYPERLINK formula to a cell of this workbook, for hosts without `Range.hyperlink`. The sheet name
 * is the only text from the workbook in it: quoted as a sheet name, then with its double quotes doubled
 * inside the string literal, so no name can end the literal and add formula text of its own.
 */
export function linkFormula(link: string, label: string): string {
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${literal(`#${link}`)},${literal(label)})`;
}

/** dd/mm/yyyy hh:mm in local time, as Vietnamese users write dates. */
export function formatCheckedAt(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
