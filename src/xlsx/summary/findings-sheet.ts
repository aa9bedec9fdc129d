import type { Worksheet } from "exceljs";
import type { Consolidation } from "../../core/consolidate/types";
import { serialToYmd } from "../../core/dates";
import type { Issue, Language } from "../../core/report/types";
import { DATE_FIELDS } from "../../core/rules/types";
import type { FieldId } from "../../core/roster/types";
import { birthValue, listSheet, text } from "./cells";
import { XLSX_LABELS } from "./labels";

const WIDTHS = [34, 18, 8, 10, 18, 70, 24];
const DATE_FIELD_SET: ReadonlySet<FieldId> = new Set<FieldId>(DATE_FIELDS);

/** A date fix is a serial: shown as the day it stands for. */
function fixValue(issue: Issue): string | number | Date | null {
  const { fix } = issue;
  if (fix === undefined) return null;
  if (typeof fix === "number")
    return issue.field !== null && DATE_FIELD_SET.has(issue.field) ? birthValue(serialToYmd(fix), false) : fix;
  return text(fix);
}

/** Each file's check: one row per issue, a row for a file with none, a row for a file that could not be read. */
export function writeFindingsSheet(ws: Worksheet, result: Consolidation, lang: Language): void {
  const labels = XLSX_LABELS[lang];
  const rows = result.perFile.flatMap((file) => {
    if (file.error !== null)
      return [[text(file.file), null, null, labels.severity.error, null, text(labels.unreadable(file.error)), null]];
    const issues = file.sheets.flatMap((sheet) =>
      sheet.issues.map((i) => [
        text(file.file),
        text(sheet.sheet),
        i.cell,
        labels.severity[i.severity],
        i.rule,
        text(i.message),
        fixValue(i),
      ]),
    );
    return issues.length > 0 ? issues : [[text(file.file), null, null, null, null, labels.noIssues, null]];
  });
  listSheet(ws, labels.findingsHeader, WIDTHS, rows);
}
