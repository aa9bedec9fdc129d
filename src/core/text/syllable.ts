import { ONSETS, RHYMES, STOP_FINALS } from "./syllable-table";

/** A syllable split for tone placement; `vowels` excludes the u of "qu" and the i of "gi". */
export interface Syllable {
  onset: string;
  vowels: string;
  final: string;
  /** The combining tone mark, "" for the level tone. */
  tone: string;
  /** Index in `vowels` of the letter carrying the tone; -1 without tone or on the u of "qu". */
  toneAt: number;
}

const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const ACUTE = "\u0301";
const DOT_BELOW = "\u0323";
const SHAPED = /[ăâêôơư]/;

interface Inventory {
  shape: RegExp;
  onsets: ReadonlySet<string>;
  rhymes: ReadonlySet<string>;
}

const MARKED: Inventory = {
  shape: /^([bcdđghklmnpqrstvx]*)([aăâeêioôơuưy]+)([cghmnpt]*)$/,
  onsets: new Set(ONSETS),
  rhymes: RHYMES,
};

/** The same inventory with every diacritic dropped, as names are typed on a bare keyboard. */
const unmark = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
const UNMARKED: Inventory = {
  shape: /^([bcdghklmnpqrstvx]*)([aeiouy]+)([cghmnpt]*)$/,
  onsets: new Set(ONSETS.map(unmark)),
  rhymes: new Set([...RHYMES].map(unmark)),
};

/** "qu" keeps its u and "gi" its i when another vowel follows ("quốc", "giữ"); "gìn" is g + ìn. */
function readings(consonants: string, vowels: string): Array<[string, string]> {
  if (consonants === "q" && vowels.length > 1 && vowels[0] === "u") return [["qu", vowels.slice(1)]];
  if (consonants === "g" && vowels.length > 1 && vowels[0] === "i")
    return [
      ["gi", vowels.slice(1)],
      ["g", vowels],
    ];
  return [[consonants, vowels]];
}

/** k, gh and ngh come before e, ê, i (k also y); c, g and ng never do (gi is an onset of its own). */
function spelledRight(onset: string, vowels: string): boolean {
  const front = /^[eêiy]/.test(vowels);
  if (onset === "k") return front;
  if (onset === "gh" || onset === "ngh") return front && vowels[0] !== "y";
  if (onset === "c" || onset === "ng" || onset === "g") return !front || (onset === "g" && vowels[0] === "i");
  return true;
}

/** `bare` is the lower-case syllable without tone; `toneAt` indexes it. */
function parse(bare: string, tone: string, toneAt: number, inventory: Inventory): Syllable | null {
  const match = inventory.shape.exec(bare);
  if (match === null) return null;
  const [, consonants, vowels, final] = match;
  for (const [onset, rest] of readings(consonants, vowels)) {
    if (!inventory.onsets.has(onset) || !spelledRight(onset, rest)) continue;
    // After q the u is a glide: "quỳnh" rhymes like "huỳnh".
    if (inventory.rhymes.has(rest + final) || (onset === "qu" && inventory.rhymes.has("u" + rest + final))) {
      return { onset, vowels: rest, final, tone, toneAt: tone === "" ? -1 : toneAt - onset.length };
    }
  }
  return null;
}

/** Each toned vowel, lower case, split into the vowel and its tone: "ễ" → ["ê", U+0303]. */
const TONED: ReadonlyMap<string, [string, string]> = new Map(
  [..."aăâeêioôơuưy"].flatMap((vowel) =>
    [GRAVE, HOOK, TILDE, ACUTE, DOT_BELOW].map((tone): [string, [string, string]] => [
      (vowel + tone).normalize("NFC"),
      [vowel, tone],
    ]),
  ),
);

/** Split one word (NFC) into onset, vowels, final and tone, or null if it is not a Vietnamese syllable. */
export function parseSyllable(word: string): Syllable | null {
  let bare = "";
  let tone = "";
  let toneAt = -1;
  for (const letter of word.toLowerCase()) {
    const toned = TONED.get(letter);
    if (toned === undefined) {
      bare += letter;
      continue;
    }
    if (tone !== "") return null;
    [, tone] = toned;
    toneAt = bare.length;
    bare += toned[0];
  }
  return parse(bare, tone, toneAt, MARKED);
}

/**
 * Where the tone goes: on the shaped vowel (the last one: "ươ" → ơ), else on the last vowel before
 * a final consonant, else on the second of oa/oe/uy ("hoà", "thuý"), the middle of three, the
 * first of other pairs. The older style puts it on the first of open oa/oe/uy ("hòa", "thúy").
 */
export function tonePlacements(vowels: string, final: string): number[] {
  for (let i = vowels.length - 1; i >= 0; i--) if (SHAPED.test(vowels[i])) return [i];
  if (final !== "" || vowels.length === 1) return [vowels.length - 1];
  if (vowels === "oa" || vowels === "oe" || vowels === "uy") return [1, 0];
  return [vowels.length === 3 ? 1 : 0];
}

/** Lower case, capitalised or all capitals: "viet", "Viet", "VIET", not "ViEt". */
export function isCased(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

/** A properly written Vietnamese syllable ("Trường", "NGUYỄN"): the test decoded legacy text must pass. */
export function isVietnameseSyllable(word: string): boolean {
  if (!isCased(word)) return false;
  const syllable = parseSyllable(word);
  if (syllable === null) return false;
  const { vowels, final, tone, toneAt } = syllable;
  if (tone === "") return !STOP_FINALS.has(final);
  return (
    tonePlacements(vowels, final).includes(toneAt) && (!STOP_FINALS.has(final) || tone === ACUTE || tone === DOT_BELOW)
  );
}

/** A Vietnamese syllable typed without any diacritics ("Nguyen", "DUONG"). */
export function isUnmarkedSyllable(word: string): boolean {
  return /^[a-z]+$/i.test(word) && isCased(word) && parse(word.toLowerCase(), "", -1, UNMARKED) !== null;
}
