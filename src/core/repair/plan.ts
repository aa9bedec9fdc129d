import { parseA1 } from "../grid/address";
import type { SheetInput } from "../grid/types";
import type { Issue, RuleId, SheetReport } from "../report/types";
import { legacyFontEncoding, removeControlChars, tidySpaces } from "../text";
import { FIXABLE_RULES, type FixableRule, type Repair, REPAIR_DATE_FORMAT, UNICODE_FONT } from "./types";

/** Any character beyond ASCII (ASCII text shows the same in every font). */
const NON_ASCII = /[\u0080-\uFFFF]/;

function isFixable(rule: RuleId): rule is FixableRule {
  return (FIXABLE_RULES as readonly RuleId[]).includes(rule);
}

/**
 * The cell's value with the chosen fixes applied in order. Each step starts from the previous one, so
 * tidying alone leaves legacy text legacy; with decoding chosen too it gives what the whitespace rule's
 * own fix gives (that fix already starts from the decoded text).
 */
function compose(before: string, fixes: ReadonlyMap<FixableRule, string | number>): string | number {
  let text = before;
  const legacy = fixes.get("legacy-encoding");
  if (typeof legacy === "string") text = legacy;
  if (fixes.has("not-nfc")) text = text.normalize("NFC");
  // Taking control characters out may leave two spaces side by side: tidied as the rule's own fix is.
  if (fixes.has("control-char")) text = removeControlChars(text);
  if (fixes.has("whitespace") || fixes.has("control-char")) text = tidySpaces(text) ?? text;
  const listValue = fixes.get("unknown-value");
  if (typeof listValue === "string") text = listValue;
  const serial = fixes.get("text-date");
  return typeof serial === "number" ? serial : text;
}

/**
 * A cell whose text was decoded, or replaced by Unicode text while its font is a TCVN3/VNI font, needs a
 * Unicode font to show it. Legacy text left legacy (its fix not chosen) keeps the font it reads right in.
 */
function needsUnicodeFont(
  after: string | number,
  applied: ReadonlyMap<FixableRule, unknown>,
  legacyLeft: boolean,
  font: string | null,
): boolean {
  if (applied.has("legacy-encoding")) return true;
  return (
    typeof after === "string" && !legacyLeft && NON_ASCII.test(after) && legacyFontEncoding(font ?? undefined) !== null
  );
}

function repairCell(
  issues: readonly Issue[],
  chosen: ReadonlySet<FixableRule>,
  sheet: SheetInput,
  row: number,
  col: number,
): Repair | null {
  const r = row - (sheet.origin?.row ?? 1);
  const c = col - (sheet.origin?.col ?? 1);
  const before = sheet.values[r]?.[c] ?? null;
  if (typeof before !== "string") return null;
  const fixes = new Map<FixableRule, string | number>();
  for (const issue of issues) {
    // A report older than the cell's last edit no longer speaks for it.
    if (!isFixable(issue.rule) || !chosen.has(issue.rule) || issue.fix === undefined || issue.value !== before)
      continue;
    fixes.set(issue.rule, issue.fix);
  }
  if (fixes.size === 0) return null;
  const after = compose(before, fixes);
  if (after === before) return null;
  const font = sheet.fonts?.[r]?.[c] ?? null;
  const legacyLeft = issues.some((issue) => issue.rule === "legacy-encoding") && !fixes.has("legacy-encoding");
  const repair: Repair = {
    cell: issues[0].cell,
    row,
    col,
    rules: FIXABLE_RULES.filter((rule) => fixes.has(rule)),
    before,
    after,
  };
  if (typeof after === "number") repair.numberFormat = REPAIR_DATE_FORMAT;
  else if (needsUnicodeFont(after, fixes, legacyLeft, font) && font !== UNICODE_FONT) repair.font = UNICODE_FONT;
  return repair;
}

/**
 * The repairs the report's fixes call for on `sheet`: one per cell, composing every fix the cell has
 * among `rules` (all fixable rules by default), in report order. Cells without a fix are never touched,
 * nor cells whose value no longer matches the report, nor anything but text.
 */
export function planRepairs(
  report: SheetReport,
  sheet: SheetInput,
  rules: readonly RuleId[] = FIXABLE_RULES,
): Repair[] {
  const chosen = new Set(rules.filter(isFixable));
  const byCell = new Map<string, Issue[]>();
  for (const issue of report.issues) {
    const list = byCell.get(issue.cell);
    if (list === undefined) byCell.set(issue.cell, [issue]);
    else list.push(issue);
  }
  const repairs: Repair[] = [];
  for (const [cell, issues] of byCell) {
    const at = parseA1(cell);
    if (at === null) continue;
    const repair = repairCell(issues, chosen, sheet, at.row, at.column);
    if (repair !== null) repairs.push(repair);
  }
  return repairs;
}
