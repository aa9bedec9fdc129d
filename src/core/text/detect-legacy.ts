import { COMMON_SYLLABLES } from "./common-syllables";
import { hasVietnameseDiacritics, UNICODE_VIETNAMESE } from "./diacritics";
import { legacyFontEncoding, type LegacyEncoding } from "./legacy-fonts";
import { isVietnameseSyllable } from "./syllable";
import { decodeTcvn3, TCVN3_LETTER, tcvn3InCapitals } from "./tcvn3";
import { decodeVni, VNI_SEQUENCE } from "./vni";

export interface LegacyText {
  encoding: LegacyEncoding;
  /** The text converted to Unicode NFC. */
  unicode: string;
}

/** Both encodings show only as Latin-1 characters; a cell without any is not legacy. */
const LATIN1 = /[\u00A1-\u00FF]/;
/** Latin-1 letters, or combining marks that NFC may turn into some. */
const MAYBE_LATIN1 = /[\u0300-\u036F\u00A1-\u00FF]/;
/** Words, with the TCVN3 codes that Windows-1252 shows as symbols ("¨", "§", soft hyphen). */
const WORD = /[\p{L}\p{M}\p{N}\u00A1-\u00FE]+/gu;
const DIGIT = /[0-9]/;
/**
 * Latin-1 characters no Unicode Vietnamese text holds: the symbols ("µ", "¸", "«") and the letters
 * Vietnamese does not use ("Ö", "ï", "ß"). Legacy text shows them all the time.
 */
const FOREIGN_LATIN1 =
  /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/;
/** A capital inside a lower-case word ("NguyÔn"): how TCVN3 shows its toned capitals in mixed text. */
const CAPITAL_INSIDE = /\p{Ll}\p{Lu}/u;

function commonWords(text: string): number {
  let count = 0;
  for (const [word] of text.matchAll(WORD)) if (COMMON_SYLLABLES.has(word.toLowerCase())) count++;
  return count;
}

/**
 * Text that reads as Vietnamese as it is: no foreign Latin-1 character, no capital inside a word, every
 * word holding a Latin-1 letter a Vietnamese syllable, and more everyday words as it is than `decoded`
 * ("Nông Minh Hùng", not "Nụng Minh Hựng"). Such text in a TCVN3 or VNI font is Unicode typed in the wrong
 * font, not legacy text. When both readings are as good ("Phan Thò Hoa" / "Phan Thị Hoa"), the font decides.
 */
function readsAsUnicode(nfc: string, decoded: string): boolean {
  if (FOREIGN_LATIN1.test(nfc) || CAPITAL_INSIDE.test(nfc)) return false;
  for (const [word] of nfc.matchAll(WORD)) if (LATIN1.test(word) && !isVietnameseSyllable(word)) return false;
  return commonWords(nfc) > commonWords(decoded);
}

interface Decoder {
  encoding: LegacyEncoding;
  /** What text must hold for the decoder to change it. */
  marker: RegExp;
  /** Made for one cell: a TCVN3 cell written in capitals decodes every word to capitals. */
  decoderFor(cell: string): (text: string) => string;
}

const DECODERS: readonly Decoder[] = [
  {
    encoding: "tcvn3",
    marker: TCVN3_LETTER,
    decoderFor: (cell) => (tcvn3InCapitals(cell) ? (text) => decodeTcvn3(text, true) : decodeTcvn3),
  },
  { encoding: "vni", marker: VNI_SEQUENCE, decoderFor: () => decodeVni },
];

/** How a decoding changes the words of a cell. */
interface Evidence {
  /** Words of two letters or more that become Vietnamese and were not. */
  gained: number;
  /** Words that were Vietnamese and no longer are. */
  lost: number;
  /** Changed words that are Vietnamese neither before nor after. */
  junk: number;
}

/** Two cased letters or more, all capitals ("NÑ", not "Lª": ª has no case). */
function looksCapital(word: string): boolean {
  if (word !== word.toUpperCase()) return false;
  let cased = 0;
  for (const letter of word) if (letter !== letter.toLowerCase()) cased++;
  return cased >= 2;
}

/** What decoding one changed word says; null when it proves nothing either way. */
function verdict(word: string, decoded: string): keyof Evidence | null {
  // A word that looks all capitals yet decodes to lower case is no proof: "NÑ" is VNI for "NĐ", not TCVN3 "Nẹ".
  if (looksCapital(word) && decoded !== decoded.toUpperCase()) return "junk";
  const before = isVietnameseSyllable(word);
  const after = isVietnameseSyllable(decoded);
  if (before) return after ? null : "lost";
  if (!after) return "junk";
  return [...decoded].length >= 2 ? "gained" : null; // a lone "â" from "©" proves nothing
}

function weigh(text: string, decode: (text: string) => string): Evidence {
  const evidence: Evidence = { gained: 0, lost: 0, junk: 0 };
  for (const [word] of text.matchAll(WORD)) {
    if (DIGIT.test(word)) continue; // "10µm", "2×3": measurements, not words
    const decoded = decode(word);
    const found = decoded === word ? null : verdict(word, decoded);
    if (found !== null) evidence[found]++;
  }
  return evidence;
}

function byText(text: string): LegacyText | null {
  const readings = DECODERS.filter(({ marker }) => marker.test(text)).map(({ encoding, decoderFor }) => {
    const decode = decoderFor(text);
    return { encoding, decode, evidence: weigh(text, decode) };
  });
  if (readings.length === 0) return null;
  const [best, other] = readings.sort((a, b) => b.evidence.gained - a.evidence.gained);
  const rivalGained = other?.evidence.gained ?? 0;
  const { gained, lost, junk } = best.evidence;
  if (gained === 0 || gained === rivalGained || lost > 0 || junk > gained) return null;
  const unicode = best.decode(text);
  // A result without Vietnamese-only letters could be read again as legacy text: allow no doubt at all,
  // so that converting twice never changes more than converting once.
  if (!UNICODE_VIETNAMESE.test(unicode) && (junk > 0 || rivalGained > 0)) return null;
  return { encoding: best.encoding, unicode };
}

/**
 * Detect legacy-encoded text and convert it. The characters decide: in a legacy font, text that already
 * reads as Vietnamese is left alone and any other text that decoding changes is legacy; without one,
 * the text must hold words that turn into Vietnamese syllables and none that stop being one. Null for
 * Unicode Vietnamese, ASCII, English, numbers, codes and anything doubtful.
 */
export function detectLegacy(text: string, font?: string): LegacyText | null {
  // Cheap rejection first: this runs on every text cell of large rosters.
  if (!MAYBE_LATIN1.test(text)) return null;
  // Judge the NFC form, so that NFD and NFC spellings of one text get one answer.
  const nfc = text.normalize("NFC");
  if (!LATIN1.test(nfc) || UNICODE_VIETNAMESE.test(nfc)) return null;
  return judged.answer(nfc, font, judgeLatin1);
}

/**
 * Answers already given, by font and text: a roster repeats its names, units and titles row after row,
 * and one text is looked at by several of the engine's steps. Emptied whenever it fills.
 */
const JUDGED_LIMIT = 20_000;

class Judged {
  private readonly byFont = new Map<string | undefined, Map<string, LegacyText | null>>();
  private size = 0;

  answer(nfc: string, font: string | undefined, judge: (nfc: string, font?: string) => LegacyText | null) {
    let texts = this.byFont.get(font);
    const known = texts?.get(nfc);
    if (known !== undefined) return known;
    const found = judge(nfc, font);
    if (this.size >= JUDGED_LIMIT) {
      this.byFont.clear();
      this.size = 0;
      texts = undefined;
    }
    if (texts === undefined) this.byFont.set(font, (texts = new Map()));
    texts.set(nfc, found);
    this.size++;
    return found;
  }
}

const judged = new Judged();

/** detectLegacy for NFC text holding Latin-1 characters and no letter only Unicode Vietnamese has. */
function judgeLatin1(nfc: string, font?: string): LegacyText | null {
  const fontEncoding = legacyFontEncoding(font);
  if (fontEncoding === null) return byText(nfc);
  const unicode = fontEncoding.encoding === "vni" ? decodeVni(nfc) : decodeTcvn3(nfc, fontEncoding.upper);
  if (unicode === nfc || readsAsUnicode(nfc, unicode)) return null;
  return { encoding: fontEncoding.encoding, unicode };
}

/** Unicode Vietnamese in a TCVN3 or VNI font: right as it is, but shown wrongly wherever the font is used. */
export function isUnicodeInLegacyFont(text: string, font: string | undefined): boolean {
  if (legacyFontEncoding(font) === null) return false;
  const nfc = text.normalize("NFC");
  return UNICODE_VIETNAMESE.test(nfc) || (hasVietnameseDiacritics(nfc) && detectLegacy(nfc, font) === null);
}

/** What CADRE.VN_UNICODE returns: legacy text converted, anything else in NFC and otherwise unchanged. */
export function toUnicode(text: string, font?: string): string {
  return detectLegacy(text, font)?.unicode ?? text.normalize("NFC");
}
