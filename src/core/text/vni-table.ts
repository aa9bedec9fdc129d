/**
 * VNI-Windows as Excel shows it (bytes read through Windows-1252, which for 0xC0–0xFF is Latin-1).
 * A letter is a base byte followed by at most two mark bytes; capitals take the capital form of
 * the mark (byte − 0x20), though typists mixed them, so both forms are read after either base.
 */

/** Combining marks, added after the base and composed by NFC. */
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";

interface VniMark {
  /** Circumflex (a, e, o only) or breve (a only); "" for a tone-only mark. */
  shape: string;
  tone: string;
}

const LOWER_MARKS: ReadonlyArray<[string, VniMark]> = [
  ["ù", { shape: "", tone: ACUTE }], // 0xF9
  ["ø", { shape: "", tone: GRAVE }], // 0xF8
  ["û", { shape: "", tone: HOOK }], // 0xFB
  ["õ", { shape: "", tone: TILDE }], // 0xF5
  ["ï", { shape: "", tone: DOT }], // 0xEF
  ["â", { shape: CIRCUMFLEX, tone: "" }], // 0xE2
  ["á", { shape: CIRCUMFLEX, tone: ACUTE }], // 0xE1
  ["à", { shape: CIRCUMFLEX, tone: GRAVE }], // 0xE0
  ["å", { shape: CIRCUMFLEX, tone: HOOK }], // 0xE5
  ["ã", { shape: CIRCUMFLEX, tone: TILDE }], // 0xE3
  ["ä", { shape: CIRCUMFLEX, tone: DOT }], // 0xE4
  ["ê", { shape: BREVE, tone: "" }], // 0xEA
  ["é", { shape: BREVE, tone: ACUTE }], // 0xE9
  ["è", { shape: BREVE, tone: GRAVE }], // 0xE8
  ["ú", { shape: BREVE, tone: HOOK }], // 0xFA
  ["ü", { shape: BREVE, tone: TILDE }], // 0xFC
  ["ë", { shape: BREVE, tone: DOT }], // 0xEB
];

/** Each entry again under its capital key. */
function withCapitals<T>(entries: ReadonlyArray<[string, T]>): ReadonlyMap<string, T> {
  return new Map(
    entries.flatMap(([key, value]): Array<[string, T]> => [
      [key, value],
      [key.toUpperCase(), value],
    ]),
  );
}

export const VNI_MARKS = withCapitals(LOWER_MARKS);

/**
 * Bytes that are whole letters. ơ and ư are bases that still take a tone byte; i takes every tone
 * and y its dot below as single bytes (0xEC ì and 0xED í read as themselves). Capital = byte − 0x20.
 */
export const VNI_LETTERS: ReadonlyMap<string, string> = new Map([
  ["ñ", "đ"],
  ["Ñ", "Đ"], // 0xF1, 0xD1
  ["ô", "ơ"],
  ["Ô", "Ơ"], // 0xF4, 0xD4
  ["ö", "ư"],
  ["Ö", "Ư"], // 0xF6, 0xD6
  ["æ", "ỉ"],
  ["Æ", "Ỉ"], // 0xE6, 0xC6
  ["ó", "ĩ"],
  ["Ó", "Ĩ"], // 0xF3, 0xD3
  ["ò", "ị"],
  ["Ò", "Ị"], // 0xF2, 0xD2
  ["î", "ỵ"],
  ["Î", "Ỵ"], // 0xEE, 0xCE
]);

/** Bases that take a following mark byte, and which shapes each accepts; i takes none. */
export const VNI_BASES = withCapitals<readonly string[]>([
  ["a", [CIRCUMFLEX, BREVE]],
  ["e", [CIRCUMFLEX]],
  ["o", [CIRCUMFLEX]],
  ["u", []],
  ["y", []],
  ["ơ", []],
  ["ư", []],
]);
