import type { Report } from "../../core/report/types";

const COLUMNS = [
  "file",
  "sheet",
  "cell",
  "row",
  "column",
  "rule",
  "severity",
  "field",
  "value",
  "message",
  "fix",
  "related",
];

/** Text Excel or LibreOffice would run as a formula when the CSV is opened (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that could start a formula gets a leading apostrophe, which Excel shows as text;
 * numbers stay numbers. Quoted per RFC 4180 when it holds a comma, quote or line break.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

/**
 * One issue a line, with a byte-order mark so Excel opens the Vietnamese text as UTF-8.
 * A file that could not be read gets one line with its error as the message.
 */
export function formatCsv(report: Report): string {
  let out = "\uFEFF" + line(COLUMNS);
  for (const file of report.files) {
    if (file.error !== null) out += line([file.file, "", "", null, "", "", "error", "", null, file.error, null, ""]);
    for (const sheet of file.sheets) {
      for (const i of sheet.issues) {
        out += line([
          file.file,
          sheet.sheet,
          i.cell,
          i.row,
          i.column,
          i.rule,
          i.severity,
          i.field ?? "",
          i.value,
          i.message,
          i.fix,
          i.related,
        ]);
      }
    }
  }
  return out;
}
