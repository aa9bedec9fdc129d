import { distance } from "fastest-levenshtein";

/**
 * The known name closest to a mistyped one, for "did you mean …": case aside, within one edit for a name
 * of up to three letters and within two, or a third of its length, for a longer one (two letters swapped
 * are two edits), so that a name nothing like any other gets no suggestion. Ties go to the earlier name in `known`.
 */
export function nearestName<T extends string>(typed: string, known: readonly T[]): T | null {
  const wanted = typed.toLowerCase();
  const allowed = wanted.length <= 3 ? 1 : Math.max(2, Math.floor(wanted.length / 3));
  let best: T | null = null;
  let bestDistance = allowed + 1;
  for (const name of known) {
    const d = distance(wanted, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
