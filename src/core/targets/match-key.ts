import { vnKey } from "../text/vn-key";
import { memoize } from "../vocab/memo";
import { ABBREVIATIONS } from "./abbreviations";

/** Anything between words: punctuation, dashes, slashes and brackets do not tell two wordings apart. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

function words(text: string): string {
  return vnKey(text).replace(NOT_WORD, " ").trim();
}

const LONG_FORM: ReadonlyMap<string, string> = new Map(
  ABBREVIATIONS.map(([short, long]) => [words(short), words(long)]),
);

/** Every abbreviation as whole words, longest first, so that one pass reads "ck i" before "ck" could be read. */
const ABBREVIATION = new RegExp(
  `(?<= )(?:${[...LONG_FORM.keys()]
    .sort((a, b) => b.length - a.length)
    .map((short) => short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?= )`,
  "gu",
);

/**
 * The key texts are matched by: VN_KEY (Unicode form, case, spacing, tone placement, sỹ/sĩ), punctuation
 * made spaces, abbreviations spelt out, and a space at each end so that containment is by whole words.
 * The caller repairs legacy text first (toUnicode): a key is only as good as the Unicode it is given.
 * Remembered, as roster columns repeat a few programmes, fields and units thousands of times.
 */
export const matchKey = memoize((text: string): string =>
  ` ${words(text)} `.replace(ABBREVIATION, (short) => LONG_FORM.get(short) ?? short),
);

/** Whether `phrase` (a matchKey) occurs in `text` (a matchKey) as whole words; a blank phrase never does. */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase.trim() !== "" && text.includes(phrase);
}
