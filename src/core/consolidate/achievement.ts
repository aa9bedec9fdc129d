import { planGap, planPct, planStatus } from "../plan";
import { compileTarget, matchFacts } from "../targets/match";
import type { Target } from "../targets/types";
import { identity } from "./identity";
import type { CategoryResult, PersonRecord, RotationLine } from "./types";

export interface Tally {
  achievement: CategoryResult[];
  /** For each person, the indexes of the categories it matches. */
  categoriesOf: number[][];
  rotation: RotationLine | null;
}

function result(target: Target, rows: number, sent: number): CategoryResult {
  const goal = target.target;
  const share = goal === null ? null : planPct(sent, goal);
  const status = goal === null ? null : planStatus(sent, goal);
  const gap = goal === null ? null : planGap(sent, goal);
  return {
    label: target.label,
    row: target.row,
    target: goal,
    rows,
    sent,
    share: share?.ok ? share.value : null,
    // From the counts, not the float share, so 139 of 200 is exactly 69.5 and rounds up to 70.
    percent: share?.ok && goal !== null ? Math.round((sent * 100) / goal) : null,
    status: status?.ok ? status.value : null,
    gap: gap?.ok ? gap.value : null,
    zeroSent: sent === 0,
  };
}

const isRotationCategory = (target: Target) =>
  target.criteria.some((c) => c.on === "kind" && c.any.includes("rotation"));

function rotationLine(
  targets: readonly Target[],
  achievement: readonly CategoryResult[],
  people: readonly PersonRecord[],
): RotationLine | null {
  const at = targets.findIndex(isRotationCategory);
  if (at >= 0) {
    const { label, sent, target, share, percent } = achievement[at];
    return { label, rotated: sent, quota: target, share, percent };
  }
  const rotated = new Set(people.flatMap((p, i) => (p.kind === "rotation" ? [identity(p) ?? `#${i}`] : []))).size;
  return rotated === 0 ? null : { label: null, rotated, quota: null, share: null, percent: null };
}

/**
 * Counts each category: the rows that match it, and the people they name, each once (a person listed by
 * two departments for the same course was sent once). A row may count in several categories.
 */
export function tally(people: readonly PersonRecord[], targets: readonly Target[]): Tally {
  const matchers = targets.map(compileTarget);
  const seen = targets.map(() => new Set<string>());
  const rows = targets.map(() => 0);
  const categoriesOf = people.map((person, i) => {
    const facts = matchFacts(person, person.level, person.kind);
    const matched: number[] = [];
    matchers.forEach((matches, t) => {
      if (!matches(facts)) return;
      rows[t]++;
      seen[t].add(identity(person) ?? `#${i}`);
      matched.push(t);
    });
    return matched;
  });
  const achievement = targets.map((target, t) => result(target, rows[t], seen[t].size));
  return { achievement, categoriesOf, rotation: rotationLine(targets, achievement, people) };
}
