import type { Consolidation } from "../consolidate/types";
import { serialToYmd } from "../dates/serial";
import type { Language } from "../i18n/language";
import { unlistedCount } from "../report/summary";
import type { Issue } from "../report/types";
import type { FieldId } from "../roster/types";
import { DATE_FIELDS } from "../rules/types";
import { birthCell, numberCell, textCell } from "./cells";
import { SHEET_TEXTS } from "./i18n";
import { SHEET_NAMES } from "./names";
import { headerCells, severityRules } from "./styles";
import type { SheetCell, SheetDescription, SheetRow } from "./types";

const WIDTHS = [34, 18, 8, 10, 18, 70, 24];
const SEVERITY_COLUMN = 4;
const DATE_FIELD_SET: ReadonlySet<FieldId> = new Set<FieldId>(DATE_FIELDS);

/** The proposed fix: a date fix is a serial, shown as the day it stands for. */
function fixCell(issue: Issue): SheetCell | null {
  const { fix } = issue;
  if (fix === undefined) return null;
  if (typeof fix === "string") return textCell(fix);
  return issue.field !== null && DATE_FIELD_SET.has(issue.field) ? birthCell(serialToYmd(fix), false) : numberCell(fix);
}

/** "Kiểm tra từng tệp": each file's check, one row per issue, a row for a file with none, a row for a file that could not be read. */
export function findingsSheet(result: Pick<Consolidation, "perFile">, lang: Language): SheetDescription {
  const texts = SHEET_TEXTS[lang];
  const rows: SheetRow[] = result.perFile.flatMap((file): SheetRow[] => {
    if (file.error !== null)
      return [
        [
          textCell(file.file),
          null,
          null,
          textCell(texts.severity.error),
          null,
          textCell(texts.findings.unreadable(file.error)),
        ],
      ];
    const issues = file.sheets.flatMap((sheet): SheetRow[] => {
      const listed: SheetRow[] = sheet.issues.map((issue) => [
        textCell(file.file),
        textCell(sheet.sheet),
        textCell(issue.cell),
        textCell(texts.severity[issue.severity]),
        textCell(issue.rule),
        textCell(issue.message),
        fixCell(issue),
      ]);
      const unlisted = unlistedCount(sheet);
      if (unlisted === 0) return listed;
      const where = [textCell(file.file), textCell(sheet.sheet), null, null, null];
      return [...listed, [...where, textCell(texts.findings.unlisted(unlisted))]];
    });
    return issues.length ? issues : [[textCell(file.file), null, null, null, null, textCell(texts.findings.noIssues)]];
  });
  const last = 1 + Math.max(rows.length, 1);
  return {
    name: SHEET_NAMES.findings,
    rows: [headerCells(texts.findings.headers), ...rows],
    widths: WIDTHS,
    frozenRows: 1,
    autoFilter: { top: 1, left: 1, bottom: last, right: WIDTHS.length },
    conditionalFormats: rows.length ? severityRules(texts.severity, SEVERITY_COLUMN, 2, last) : [],
  };
}
