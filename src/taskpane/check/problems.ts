import type { Issue, RuleId, Severity } from "../../core/report/types";
import { RULES } from "../../core/rules";

/** Most serious first: the order of the counts, the filter and the groups. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type Counts = Record<Severity, number>;

export interface ProblemGroup {
  rule: RuleId;
  severity: Severity;
  /** In report order: by row, then column. */
  issues: Issue[];
}

const RULE_ORDER = new Map(RULES.map((rule, i) => [rule.id, i]));
const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

export function countBySeverity(issues: readonly Pick<Issue, "severity">[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** The issues of the shown severities, one group per rule: errors first, then in the engine's rule order. */
export function groupProblems(issues: readonly Issue[], shown: ReadonlySet<Severity>): ProblemGroup[] {
  const groups = new Map<RuleId, ProblemGroup>();
  for (const issue of issues) {
    if (!shown.has(issue.severity)) continue;
    const group = groups.get(issue.rule);
    if (!group) groups.set(issue.rule, { rule: issue.rule, severity: issue.severity, issues: [issue] });
    else {
      group.issues.push(issue);
      if (rank(issue.severity) < rank(group.severity)) group.severity = issue.severity;
    }
  }
  return [...groups.values()].sort(
    (a, b) => rank(a.severity) - rank(b.severity) || (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0),
  );
}

/** The issues of the shown severities, for marking. */
export function shownIssues(issues: readonly Issue[], shown: ReadonlySet<Severity>): Issue[] {
  return issues.filter((issue) => shown.has(issue.severity));
}
