import { editDistance } from "./distance";
import { looseKey, strictKey } from "./keys";
import { memoize } from "./memo";

export interface ClosedEntry {
  /** The spelling the product proposes. */
  name: string;
  /** Other accepted spellings. */
  aliases: readonly string[];
  /** Names no longer fit for an official roster (exonyms felt as slurs): recognised, and `name` proposed instead. */
  replaced?: readonly string[];
}

export type ClosedMatch = { kind: "known"; name: string } | { kind: "near"; name: string } | { kind: "unknown" };

export interface ClosedList {
  readonly entries: readonly ClosedEntry[];
  /** Is the text one of the values (or a sub-group written after one: "Dao đỏ"), or close to one? */
  match(text: string): ClosedMatch;
  /** The value a misspelling most likely means, or null when none is close. */
  nearest(text: string): string | null;
}

/** Short words are near too many others to guess from a slip; only a diacritics difference counts there. */
function slipsAllowed(key: string): number {
  return key.length <= 2 ? 0 : key.length <= 5 ? 1 : 2;
}

export function closedList(entries: readonly ClosedEntry[]): ClosedList {
  const strict = new Map<string, string>();
  const loose = new Map<string, string>();
  const outdated = new Map<string, string>();
  for (const { name, aliases, replaced = [] } of entries) {
    for (const old of replaced) outdated.set(strictKey(old), name);
    for (const spelling of [name, ...aliases]) {
      if (!strict.has(strictKey(spelling))) strict.set(strictKey(spelling), name);
      if (!loose.has(looseKey(spelling))) loose.set(looseKey(spelling), name);
    }
  }

  function known(text: string): string | null {
    const whole = strict.get(strictKey(text)) ?? strict.get(strictKey(text.replace(/\([^)]*\)/g, " ")));
    if (whole !== undefined) return whole;
    const words = text.normalize("NFC").trim().split(/\s+/);
    for (let k = words.length - 1; k >= 1; k--) {
      const head = strict.get(strictKey(words.slice(0, k).join(" ")));
      if (head !== undefined) return head;
    }
    return null;
  }

  function nearest(text: string): string | null {
    const key = looseKey(text);
    if (key === "") return null;
    const same = loose.get(key);
    if (same !== undefined) return same;
    let limit = slipsAllowed(key);
    let best: string | null = null;
    for (const [candidate, name] of loose) {
      const d = editDistance(key, candidate, limit);
      if (d <= limit) {
        best = name;
        limit = d - 1;
      }
      if (limit < 0) break;
    }
    return best;
  }

  function match(text: string): ClosedMatch {
    const name = known(text);
    if (name !== null) return { kind: "known", name };
    const current = outdated.get(strictKey(text));
    if (current !== undefined) return { kind: "near", name: current };
    const near = nearest(text);
    return near === null ? { kind: "unknown" } : { kind: "near", name: near };
  }

  return { entries, match: memoize(match), nearest };
}
