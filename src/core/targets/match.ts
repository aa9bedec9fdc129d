import type { RosterKind } from "../roster/types";
import { containsPhrase, matchKey } from "./match-key";
import type { AdminLevel, Criterion, Target } from "./types";

/** What a roster row is matched on: its programme and field as match keys, its unit's level, its roster's kind. */
export interface MatchFacts {
  programme: string;
  /** The field column's text, else the major's (see docs/targets.md). */
  field: string;
  level: AdminLevel | null;
  kind: RosterKind;
}

export type Matcher = (facts: MatchFacts) => boolean;

function criterionMatcher(criterion: Criterion): Matcher {
  switch (criterion.on) {
    case "programme":
    case "field": {
      const phrases = criterion.any.map(matchKey);
      const on = criterion.on;
      return (facts) => phrases.some((phrase) => containsPhrase(facts[on], phrase));
    }
    case "level": {
      const levels = criterion.any;
      return (facts) => facts.level !== null && levels.includes(facts.level);
    }
    case "kind": {
      const kinds = criterion.any;
      return (facts) => kinds.includes(facts.kind);
    }
  }
}

/** A category's test, with its phrases keyed once: every criterion must hold. */
export function compileTarget(target: Target): Matcher {
  const matchers = target.criteria.map(criterionMatcher);
  return (facts) => matchers.every((matches) => matches(facts));
}

/** The facts of a row from its cell texts (already repaired to Unicode). */
export function matchFacts(
  texts: { programme: string; field: string; major: string },
  level: AdminLevel | null,
  kind: RosterKind,
): MatchFacts {
  return {
    programme: matchKey(texts.programme),
    field: matchKey(texts.field.trim() !== "" ? texts.field : texts.major),
    level,
    kind,
  };
}
