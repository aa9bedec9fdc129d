import { TCVN3_LETTERS } from "./tcvn3-table";

/** Matches text holding at least one of the 74 ABC letter codes. */
export const TCVN3_LETTER = new RegExp(`[${[...TCVN3_LETTERS.keys()].join("")}]`);

/** Codes of lower-case letters: the only form ABC has for toned letters, drawn as capitals by H fonts. */
const LOWER_CODES: ReadonlySet<string> = new Set(
  [...TCVN3_LETTERS].filter(([, letter]) => letter !== letter.toUpperCase()).map(([code]) => code),
);

/**
 * Decode text typed in TCVN3 (ABC) as Excel shows it to Unicode NFC. `upper` is for the H fonts
 * (".VnTimeH"), which draw every letter as a capital. Without it, capitals are restored where the
 * typist meant them, since ABC has no toned capitals: a word whose other letters are capitals (two
 * or more) is upper-cased ("NGUYÔN" → "NGUYỄN"), and so is the whole cell when it holds such a
 * word and no lower-case letter ("Hµ GIANG" → "HÀ GIANG"; "Lª A Hµ" stays "Lê A Hà").
 */
export function decodeTcvn3(text: string, upper = false): string {
  const decoded = mapLetters(text);
  if (upper) return decoded.toUpperCase().normalize("NFC");
  if (decoded === text) return text.normalize("NFC");
  const capitals = capitalWords(text, decoded);
  if (capitals === "cell") return decoded.toUpperCase().normalize("NFC");
  let out = "";
  let done = 0;
  for (const [from, to] of capitals) {
    out += decoded.slice(done, from) + decoded.slice(from, to).toUpperCase();
    done = to;
  }
  return (out + decoded.slice(done)).normalize("NFC");
}

/** Whether a TCVN3 cell is written in capitals, so that each of its words decodes to capitals. */
export function tcvn3InCapitals(text: string): boolean {
  return capitalWords(text, mapLetters(text)) === "cell";
}

/** Letter by letter, so that the result lines up with the source. */
function mapLetters(text: string): string {
  if (!TCVN3_LETTER.test(text)) return text;
  let out = "";
  for (const code of text) out += TCVN3_LETTERS.get(code) ?? code;
  return out;
}

/**
 * The words to upper-case, as [from, to) spans of the decoded text: those whose letters of fixed
 * case (all but LOWER_CODES) are capitals, two or more. "cell" when there is such a word and no
 * fixed lower-case letter anywhere.
 */
function capitalWords(source: string, decoded: string): Array<[number, number]> | "cell" {
  const { lower, upper } = caseForms(decoded);
  const spans: Array<[number, number]> = [];
  let anyLower = false;
  let start = 0;
  let capitals = 0;
  let lowerInWord = false;
  for (let i = 0; i <= decoded.length; i++) {
    if (i < decoded.length && lower[i] !== upper[i]) {
      if (LOWER_CODES.has(source[i])) continue;
      if (decoded[i] === lower[i]) lowerInWord = true;
      else capitals++;
      continue;
    }
    if (capitals >= 2 && !lowerInWord) spans.push([start, i]);
    anyLower ||= lowerInWord;
    start = i + 1;
    capitals = 0;
    lowerInWord = false;
  }
  return spans.length > 0 && !anyLower ? "cell" : spans;
}

/** Lower- and upper-case forms lined up with the text: whole-string mapping is much faster than letter by letter. */
function caseForms(text: string): { lower: ArrayLike<string>; upper: ArrayLike<string> } {
  const lower = text.toLowerCase();
  const upper = text.toUpperCase();
  if (lower.length === text.length && upper.length === text.length) return { lower, upper };
  // A few letters change length with case ("İ", "ß"): then map unit by unit.
  const units = text.split("");
  return { lower: units.map((unit) => unit.toLowerCase()), upper: units.map((unit) => unit.toUpperCase()) };
}
