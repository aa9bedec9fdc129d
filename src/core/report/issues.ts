import { columnLetter } from "../grid/address";
import { type CellValue, isCellError, type SheetInput } from "../grid/types";
import type { Finding, RuleId, Severity } from "../rules";
import { renderMessage } from "./render-message";
import type { Issue, Language, ReportValue } from "./types";

export function reportValue(value: CellValue | undefined): ReportValue {
  if (value === undefined) return null;
  return isCellError(value) ? value.error : value;
}

/** The order issues are listed in: by row, then column, then rule id. */
export function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Findings as the report gives them: Excel addresses (the grid's origin added), the severity in force,
 * the message in `lang` with the parameters it was made from, the section of the row's person (by grid
 * row, from `sections`); sorted by row, then column, then rule id.
 */
export function toIssues(
  findings: readonly Finding[],
  sheet: SheetInput,
  severity: Readonly<Record<RuleId, Severity>>,
  lang: Language,
  sections: ReadonlyMap<number, string> = new Map(),
): Issue[] {
  const originRow = sheet.origin?.row ?? 1;
  const originCol = sheet.origin?.col ?? 1;
  const address = (row: number, col: number) => `${columnLetter(col + originCol)}${row + originRow}`;
  return [...findings].sort(byPosition).map((f) => {
    const column = columnLetter(f.col + originCol);
    const issue: Issue = {
      rule: f.rule,
      severity: severity[f.rule],
      cell: `${column}${f.row + originRow}`,
      row: f.row + originRow,
      column,
      field: f.field,
      value: reportValue(f.value),
      message: renderMessage(f.rule, f.params, lang),
      params: f.params,
    };
    const section = sections.get(f.row);
    if (section !== undefined) issue.section = section;
    if (f.fix !== undefined) issue.fix = f.fix;
    if (f.related !== undefined) issue.related = address(f.related.row, f.related.col);
    return issue;
  });
}
