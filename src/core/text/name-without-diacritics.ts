import { UNMARKED_SURNAMES } from "./surnames";
import { isUnmarkedSyllable } from "./syllable";

/** Vietnamese full names run from two to six syllables. */
const MIN_WORDS = 2;
const MAX_WORDS = 6;

/**
 * True for a Vietnamese personal name typed in plain ASCII ("Nguyen Van Hung", "TRAN THI MAI"):
 * a known surname, then words that are Vietnamese syllables with their marks dropped.
 */
export function isNameWithoutDiacritics(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  return UNMARKED_SURNAMES.has(words[0].toLowerCase()) && words.every(isUnmarkedSyllable);
}
