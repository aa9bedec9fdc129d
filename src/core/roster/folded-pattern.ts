import { foldText } from "./normalise";

const VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

/** For each base letter, every Vietnamese letter that folds to it: "a" → "aàáả…ậ". */
const VARIANTS = new Map<string, string>();
for (const ch of VIETNAMESE_LETTERS) {
  const base = foldText(ch);
  VARIANTS.set(base, (VARIANTS.get(base) ?? base) + ch);
}

/** Two UTF-16 code units as one number, for cheap look-ups of how a text begins. */
export function pairCode(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** Every way the first two letters of `plain` (written without diacritics) can begin a text: any case, NFC or NFD. */
export function leadingPairs(plain: string): number[] {
  const spellings = (ch: string) => [...(VARIANTS.get(ch) ?? ch)].flatMap((v) => [v, v.toUpperCase()]);
  return spellings(plain[0]).flatMap((a) => spellings(plain[1]).map((b) => pairCode(a.charCodeAt(0), b.charCodeAt(0))));
}

/**
 * A regular-expression source matching `plain` (written without diacritics) in any case, with or without
 * diacritics, NFC or NFD, with any run of spaces: lets data cells be tested without folding each one.
 * Use with the "iu" flags.
 */
export function foldedPattern(plain: string): string {
  let source = "";
  for (const ch of plain) {
    const variants = VARIANTS.get(ch);
    if (variants) source += `[${variants}]\\p{M}*`;
    else if (ch === " ") source += "\\s+";
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return source;
}
