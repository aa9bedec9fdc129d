import { vnKey } from "../text/vn-key";
import { ABBREVIATIONS } from "./abbreviations";

/** Anything between words: punctuation, dashes, slashes and brackets do not tell two wordings apart. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

function words(text: string): string {
  return vnKey(text).replace(NOT_WORD, " ").trim();
}

const EXPANSIONS: readonly (readonly [RegExp, string])[] = ABBREVIATIONS.map(([short, long]) => [
  new RegExp(`(?<= )${words(short)}(?= )`, "gu"),
  words(long),
]);

/**
 * The key texts are matched by: VN_KEY (Unicode form, case, spacing, tone placement, sỹ/sĩ), punctuation
 * made spaces, abbreviations spelt out, and a space at each end so that containment is by whole words.
 * The caller repairs legacy text first (toUnicode): a key is only as good as the Unicode it is given.
 */
export function matchKey(text: string): string {
  let key = ` ${words(text)} `;
  for (const [pattern, long] of EXPANSIONS) key = key.replace(pattern, long);
  return key;
}

/** Whether `phrase` (a matchKey) occurs in `text` (a matchKey) as whole words; a blank phrase never does. */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase.trim() !== "" && text.includes(phrase);
}
