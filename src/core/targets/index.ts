export type {
  AdminLevel,
  Criterion,
  Target,
  TargetWarning,
  TargetWarningCode,
  TargetsProblem,
  TargetsRead,
} from "./types";
export { ARTICLE_CATEGORIES, type CategoryRow } from "./article";
export { defaultTargetsGrid, type TargetsGrid } from "./default-grid";
export { readTargets, findTargets, targetsOfPickedFile } from "./read-targets";
export { termAbove, termOfText, type Term } from "./term";
export { adminLevel, parseLevel } from "./admin-level";
export { parseKind } from "./kind-words";
export { matchKey, containsPhrase } from "./match-key";
export { compileTarget, matchFacts, type MatchFacts, type Matcher } from "./match";
export { targetsProblemMessage, targetWarningMessage } from "./messages";
