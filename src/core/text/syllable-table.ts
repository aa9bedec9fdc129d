/**
 * The shape of a Vietnamese syllable, written without its tone: onset + vowels + final consonant.
 * Slightly generous (it accepts some rhymes no word uses) and leaving out only loanword rhymes such
 * as "oong"; it tells decoded legacy text from mojibake and Vietnamese names from foreign ones.
 */

/** "qu" and "gi" count as onsets; the empty onset too. */
export const ONSETS: readonly string[] = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
];

const OPEN_ONLY = [
  "y",
  "ai",
  "ao",
  "au",
  "ay",
  "âu",
  "ây",
  "eo",
  "êu",
  "ia",
  "iu",
  "oi",
  "ôi",
  "ơi",
  "ua",
  "ui",
  "ưa",
  "ưi",
  "ưu",
  "uơ",
  "iêu",
  "yêu",
  "oai",
  "oay",
  "oao",
  "oeo",
  "uây",
  "uôi",
  "ươi",
  "ươu",
  "uya",
  "uyu",
];
const OPEN_OR_CLOSED = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "oa", "oe", "uê", "uy"];
const CLOSED_ONLY = ["ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê"];

export const FINALS: readonly string[] = ["c", "ch", "m", "n", "ng", "nh", "p", "t"];
/** Finals that only follow a sắc or nặng tone. */
export const STOP_FINALS: ReadonlySet<string> = new Set(["c", "ch", "p", "t"]);

/** ch and nh follow front vowels only; c and ng never follow these. */
const BEFORE_PALATAL = new Set(["a", "ê", "i", "oa", "uê", "uy"]);
const NOT_BEFORE_VELAR = new Set(["ê", "i", "ơ", "uê", "uy"]);

function finalFits(vowels: string, final: string): boolean {
  if (final === "ch" || final === "nh") return BEFORE_PALATAL.has(vowels);
  if (final === "c" || final === "ng") return !NOT_BEFORE_VELAR.has(vowels);
  return true;
}

/** Every rhyme (vowels + final) without tone. */
export const RHYMES: ReadonlySet<string> = new Set([
  ...OPEN_ONLY,
  ...OPEN_OR_CLOSED,
  ...[...OPEN_OR_CLOSED, ...CLOSED_ONLY].flatMap((vowels) =>
    FINALS.filter((final) => finalFits(vowels, final)).map((final) => vowels + final),
  ),
]);
