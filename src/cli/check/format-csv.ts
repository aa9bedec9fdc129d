import { formatDate } from "../../core/i18n";
import { isYearNumber, MAX_SERIAL, serialToYmd } from "../../core/dates";
import { ruleTitle } from "../../core/report/render-message";
import type { Issue, Language, Report, ReportValue } from "../../core/report/types";
import type { FieldId } from "../../core/roster/types";
import { DATE_FIELDS } from "../../core/rules/types";
import { CLI_MESSAGES } from "../i18n";
import { CSV_COLUMNS, type CsvColumn } from "./csv-columns";
import { CSV_DELIMITERS, csvField, type CsvDelimiter, type CsvValue } from "./csv-field";

export interface CsvOptions {
  lang: Language;
  delimiter: CsvDelimiter;
}

/**
 * The separator Excel expects by default: with Vietnamese regional settings its list separator is ";"
 * (the decimal mark being ","), and a "," file opens in one column; with English settings it is ",".
 */
export function defaultDelimiter(lang: Language): CsvDelimiter {
  return lang === "vi" ? ";" : ",";
}

/** The decimal mark that goes with the separator in Excel's regional settings. */
function decimalMark(options: CsvOptions): "." | "," {
  if (options.delimiter === ";") return ",";
  if (options.delimiter === ",") return ".";
  return options.lang === "vi" ? "," : ".";
}

const DATE_FIELD_SET: ReadonlySet<FieldId> = new Set<FieldId>(DATE_FIELDS);

/**
 * A date column's number is an Excel serial: written as the day it stands for (dd/mm/yyyy), never as the
 * serial. A whole number that reads as a year is a year typed alone and stays as it is.
 */
function dated(value: ReportValue | undefined, issue: Issue): CsvValue {
  if (typeof value !== "number" || issue.field === null || !DATE_FIELD_SET.has(issue.field)) return value;
  if (isYearNumber(value) || value < 1 || value > MAX_SERIAL) return value;
  return formatDate(serialToYmd(value));
}

/**
 * One issue a line, headed in `lang`, rules by their titles with the id beside, with a byte-order mark so
 * Excel opens the Vietnamese text as UTF-8. A file that could not be read gets one line with its error as the message.
 */
export function formatCsv(report: Report, options: CsvOptions): string {
  const m = CLI_MESSAGES[options.lang];
  const decimal = decimalMark(options);
  const separator = CSV_DELIMITERS[options.delimiter];
  const line = (fields: Partial<Record<CsvColumn, CsvValue>>) =>
    CSV_COLUMNS.map((column) => csvField(fields[column], options.delimiter, decimal)).join(separator) + "\r\n";
  let out = "\uFEFF" + line(m.csvHeaders);
  for (const file of report.files) {
    if (file.error !== null) out += line({ file: file.file, severity: m.severity.error, message: file.error });
    for (const sheet of file.sheets) {
      for (const issue of sheet.issues) {
        out += line({
          file: file.file,
          sheet: sheet.sheet,
          cell: issue.cell,
          row: issue.row,
          column: issue.column,
          rule: ruleTitle(issue.rule, options.lang),
          ruleId: issue.rule,
          severity: m.severity[issue.severity],
          field: issue.field,
          value: dated(issue.value, issue),
          message: issue.message,
          fix: dated(issue.fix, issue),
          related: issue.related,
        });
      }
    }
  }
  return out;
}
