import { parseSyllable, tonePlacements } from "./syllable";

/** Soft hyphen and zero-width characters: invisible, so they must not tell two names apart. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const WORD = /[\p{L}\p{M}]+/gu;
/** Onsets after which a final y is spelled i too: "lý"/"lí", "kỹ"/"kĩ", "sỹ"/"sĩ", "quý"/"quí". */
const Y_OR_I_ONSETS = new Set(["h", "k", "l", "m", "s", "t", "v", "qu"]);

function foldSyllable(word: string): string {
  const syllable = parseSyllable(word);
  if (syllable === null) return word;
  const { onset, final, tone } = syllable;
  const vowels = syllable.vowels === "y" && final === "" && Y_OR_I_ONSETS.has(onset) ? "i" : syllable.vowels;
  const [at] = tonePlacements(vowels, final);
  return (onset + vowels.slice(0, at + 1) + tone + vowels.slice(at + 1) + final).normalize("NFC");
}

/**
 * Matching key: NFC, lower case, single spaces, tone placement and final y/i folded, so the
 * spellings of one name ("Hoà"/"Hòa", "Thạc sỹ"/"thạc sĩ", NFD/NFC) give one key.
 */
export function vnKey(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(WORD, foldSyllable);
}
