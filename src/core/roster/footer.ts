import { foldedPattern, leadingPairs, pairCode } from "./folded-pattern";
import { DATE_WORDS, type FooterWord, STRONG_WORDS, TOTAL_WORD, TOTAL_WORDS, WEAK_WORDS } from "./footer-words";

function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+");
}

/** A word in every spelling, as a regular-expression group (for the "iu" flags). */
function pattern(word: FooterWord): string {
  return `(?:${[foldedPattern(word.plain), ...word.legacy.map(literalPattern)].join("|")})`;
}

/** How a word's spellings can begin a cell, in either case. */
function leads(word: FooterWord): number[] {
  const cased = (ch: string) => [ch.charCodeAt(0), ch.toUpperCase().charCodeAt(0)];
  const legacy = word.legacy.flatMap((w) => cased(w[0]).flatMap((a) => cased(w[1]).map((b) => pairCode(a, b))));
  return [...leadingPairs(word.plain), ...legacy];
}

/** Letters as legacy workbooks show them include Latin-1 symbols ("§¬n vÞ" is "Đơn vị"). */
const LETTER = "\\p{L}\\p{M}\u00a1-\u00ff";
/** "Cộng", "Cộng:", "Cộng: 12 người", "Cộng khối I", "Cộng toàn tỉnh" — but not "Cộng đồng" nor "Công an". */
const AFTER_COUNT = ["khoi", "toan", "chung", "ca", "so"].map(foldedPattern).join("|");
const COUNT_WORD = `${pattern(TOTAL_WORD)}(?:(?!\\s*\\p{L})|(?=\\s+(?:${AFTER_COUNT})(?!\\p{L})))`;
const TOTAL = new RegExp(`^\\s*(?:${TOTAL_WORDS.map(pattern).join("|")}|${COUNT_WORD})`, "iu");
const STRONG = new RegExp(`^\\s*(?:${STRONG_WORDS.map(pattern).join("|")})`, "iu");
/** A weak word counts only as the whole cell, give or take two words ("Thủ trưởng đơn vị"). */
const WEAK = new RegExp(`^\\s*(?:${WEAK_WORDS.map(pattern).join("|")})(?:\\s+[${LETTER}]+){0,2}\\s*$`, "iu");
/** "Cao Bằng, ngày 20 tháng 5 năm 2019", "…, ngày … tháng … năm …", "Hà Nội, ngày    tháng    năm 2019". */
const GAP = "[\\s\\d.…_/-]*";
const PLACE_AND_DATE = new RegExp(
  `^[${LETTER}\\s.…_]{1,40},\\s*${pattern(DATE_WORDS.day)}${GAP}${pattern(DATE_WORDS.month)}${GAP}${pattern(DATE_WORDS.year)}(?!\\p{L})`,
  "iu",
);

/**
 * Data cells are many and footers few: a cell is only tried against a pattern when its first two
 * letters could begin it (or, for place-and-date lines, when it holds a comma). Every footer word
 * starts with a plain ASCII letter.
 */
const STRONG_LEADS = new Set(STRONG_WORDS.flatMap(leads));
const TOTAL_LEADS = new Set([...TOTAL_WORDS, TOTAL_WORD].flatMap(leads));
const WEAK_LEADS = new Set(WEAK_WORDS.flatMap(leads));
const OPENERS = new Set(
  [...STRONG_WORDS, ...TOTAL_WORDS, TOTAL_WORD, ...WEAK_WORDS].flatMap((w) => [
    w.plain.charCodeAt(0),
    w.plain.toUpperCase().charCodeAt(0),
  ]),
);

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0;
}

/**
 * "total" for a totals or subtotal line ("Cộng: 4 người", "TỔNG CỘNG"), which counts the people above it
 * and does not end the roster; "strong" for a signature block or a place-and-date line, which ends it;
 * "weak" for a signature title that is also a position ("Giám đốc"), which ends the data only on a row
 * without a name.
 */
export function footerKind(text: string): "total" | "strong" | "weak" | null {
  const first = text.charCodeAt(0);
  const padded = isSpace(first);
  if (padded || OPENERS.has(first)) {
    const pair = pairCode(first, text.charCodeAt(1));
    if ((padded || TOTAL_LEADS.has(pair)) && TOTAL.test(text)) return "total";
    if ((padded || STRONG_LEADS.has(pair)) && STRONG.test(text)) return "strong";
    if ((padded || WEAK_LEADS.has(pair)) && WEAK.test(text)) return "weak";
  }
  return text.indexOf(",") > 0 && PLACE_AND_DATE.test(text) ? "strong" : null;
}
