import { parseA1 } from "../grid/address";
import type { Language } from "../i18n/language";
import { ruleTitle } from "../report/render-message";
import type { Report, ReportValue, SheetReport } from "../report/types";
import { linkCell, textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { SHEET_NAMES } from "./names";
import { headerCells, severityRules, TITLE } from "./styles";
import { formatDateTime } from "../i18n/format";
import type { SheetCell, SheetDescription, SheetRow } from "./types";

const HEADER_ROW = 4;
const SEVERITY_COLUMN = 4;
const WIDTHS = [22, 8, 20, 10, 30, 80];

function sheetReports(report: readonly SheetReport[] | Report): readonly SheetReport[] {
  return "files" in report ? report.files.flatMap((f) => f.sheets) : report;
}

const shown = (value: ReportValue) => (value === null ? "" : String(value));

/** The issue's cell, as a link to it when the report names a real cell. */
function cellLink(sheet: string, cell: string): SheetCell | null {
  const at = parseA1(cell);
  return at && !Number.isNaN(at.column) ? linkCell(cell, { sheet, cell }) : textCell(cell);
}

/**
 * "Kết quả kiểm tra": a title, when the check ran, a header row and one row per issue (sheet, cell with a
 * link to it, the rule by its title with its id in brackets, severity, the cell's value, the message). Every text from a workbook is written as text.
 */
export function checkReportSheet(
  report: readonly SheetReport[] | Report,
  lang: Language,
  checkedAt: Date,
): SheetDescription {
  const texts = SHEET_TEXTS[lang];
  const issues: SheetRow[] = sheetReports(report).flatMap((sheet) =>
    sheet.issues.map((issue) => [
      textCell(sheet.sheet),
      cellLink(sheet.sheet, issue.cell),
      textCell(`${ruleTitle(issue.rule, lang)} (${issue.rule})`),
      textCell(texts.severity[issue.severity]),
      textCell(shown(issue.value)),
      textCell(issue.message),
    ]),
  );
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(issues.length, 1);
  return {
    name: SHEET_NAMES.checkReport,
    rows: [
      [textCell(texts.checkReport.title, TITLE)],
      [textCell(texts.checkReport.checkedAt(formatDateTime(checkedAt, lang)))],
      [],
      headerCells(texts.checkReport.headers),
      ...(issues.length ? issues : [[textCell(texts.checkReport.none)]]),
    ],
    widths: WIDTHS,
    frozenRows: HEADER_ROW,
    autoFilter: { top: HEADER_ROW, left: 1, bottom: last, right: WIDTHS.length },
    conditionalFormats: issues.length ? severityRules(texts.severity, SEVERITY_COLUMN, first, last) : [],
  };
}
