/** An element's attributes by name, as written. */
export type Attributes = Readonly<Record<string, string>>;

/** What the scanner reports, by the elements' names as written (with any prefix). */
export interface ScannedEvents {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text(text: string): void;
  /**
   * A plain cell (PLAIN_CELL) inside a `<row>`, in one call instead of its tags' events: its reference,
   * style, type, formula and value as written, each undefined when absent. Without it, plain cells come
   * as their tags' events.
   */
  cell?(ref: string, style?: string, type?: string, formula?: string, value?: string): void;
}

/** Unfinished text carried to the next piece past this length goes to the full parser instead (see write). */
const CARRY_LIMIT = 64 * 1024;

/** Characters XML 1.0 allows nowhere in a document. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const APOSTROPHE = 39;
const SLASH = 47;
const EQUALS = 61;
const GREATER = 62;
const LESS = 60;
const AMPERSAND = 38;

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NO_ATTRIBUTES: Attributes = Object.freeze(Object.create(null) as Attributes);

const isSpace = (c: number) => c === SPACE || c === LF || c === TAB || c === CR;
/** Name characters: ASCII only; a name with any other character is left to the full parser. */
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/** Whether `code` is a character XML 1.0 allows (what a character reference may stand for). */
function isXmlChar(code: number): boolean {
  return (
    code === TAB ||
    code === LF ||
    code === CR ||
    (code >= SPACE && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** An entity reference's text (`amp`, `#233`, `#xE9`), or null when it is not one XML defines. */
function entityText(name: string): string | null {
  if (name.charCodeAt(0) !== 35) return PREDEFINED[name] ?? null;
  let code = NaN;
  // As the full parser reads them: `#x` (lowercase) for hexadecimal, digits only otherwise.
  if (name.charCodeAt(1) === 120 && /^#x[0-9a-f]+$/i.test(name)) code = parseInt(name.slice(2), 16);
  else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
  return isXmlChar(code) ? String.fromCodePoint(code) : null;
}

/**
 * Raw character data with its entities replaced and its line ends normalised (`\r\n` and `\r` become
 * `lineEnd`; in an attribute, tabs and line feeds become spaces too); null when an entity is not well-formed.
 * What a character reference stands for is kept as it is.
 */
function decoded(raw: string, inAttribute: boolean): string | null {
  let out = "";
  let from = 0;
  for (let amp = raw.indexOf("&"); amp >= 0; amp = raw.indexOf("&", from)) {
    const semicolon = raw.indexOf(";", amp + 1);
    if (semicolon < 0) return null;
    const text = entityText(raw.slice(amp + 1, semicolon));
    if (text === null) return null;
    out += normalised(raw.slice(from, amp), inAttribute) + text;
    from = semicolon + 1;
  }
  return from === 0 ? normalised(raw, inAttribute) : out + normalised(raw.slice(from), inAttribute);
}

function normalised(raw: string, inAttribute: boolean): string {
  if (inAttribute) return hasSpaceBesidesBlank(raw) ? raw.replace(/\r\n?|[\t\n]/g, " ") : raw;
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}

function hasSpaceBesidesBlank(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === TAB || c === LF || c === CR) return true;
  }
  return false;
}

/** What reading a tag gave: the offset just past it, or one of these. */
const MORE = -1;
const LEAVE = -2;

const LETTER_C = 99;
/**
 * A cell as Excel and most writers write nearly all of them: `r`, then `s` and `t` if any, in that order,
 * plain digits and letters, and a value and formula without entities, line ends or markup. Read in one
 * step, such a cell costs a fraction of reading its tags one by one; any other cell is read tag by tag.
 * 1 the reference, 2 the style, 3 the type, 4 the formula, 5 the value; a cell that is written empty
 * (`<c r="B2"/>`, `<c r="B2"></c>`) has neither.
 */
const PLAIN_CELL =
  /<c r="([A-Z]{1,3}[1-9][0-9]{0,6})"(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|><\/c>|>(?:<f>([^<>&\r]*)<\/f>)?<v>([^<>&\r]*)<\/v><\/c>)/y;

/**
 * A scanner for the contents of one element of a large part (a worksheet's `<sheetData>`: rows of cells,
 * most of a sheet's bytes), several times faster than a general XML parser because it knows only that narrow
 * grammar: elements, attributes with ASCII names, text and entity references. It is fed piece by piece
 * and reports what it reads as a SAX parser would, but for attributes: only those named in `kept` are given. It never judges what it does not know: anything else
 * (a comment, CDATA, a processing instruction, a non-ASCII name, any text or tag that is not well-formed,
 * an unfinished tag or text growing past CARRY_LIMIT, and the element's own closing tag) ends its work, and
 * the text from there on is given back for the full parser to go on with, which reports errors in its own
 * words. `names` is the stack of open elements, the scanned element's on top; the scanner keeps it.
 */
export class ElementScanner {
  private carry = "";
  private readonly base: number;
  /** The kept attributes of the tag being read. */
  private found: Record<string, string> | null = null;
  /** Where the names of the tag's attributes so far start, and their lengths; `attributes` of them. */
  private readonly seen: number[] = [];
  private attributes = 0;

  /** Whether plain cells may be read in one step: their `r`, `s` and `t` are all kept (see plainCell). */
  private readonly plainCells: boolean;

  constructor(
    private readonly names: string[],
    private readonly kept: readonly string[],
    private readonly events: ScannedEvents,
  ) {
    this.base = names.length;
    this.plainCells = ["r", "s", "t"].every((name) => kept.includes(name));
  }

  /**
   * A plain cell at `at` (PLAIN_CELL), reported in one call or as its tags would be: the offset past it, or 0
   * when the cell is not plain or not whole in this piece, for the tags to be read one by one.
   */
  private plainCell(text: string, at: number): number {
    PLAIN_CELL.lastIndex = at;
    const cell = PLAIN_CELL.exec(text);
    if (cell === null) return 0;
    // By index: destructuring walks the array's iterator, slow in code that has not been optimised yet.
    const r = cell[1];
    const s = cell[2] as string | undefined;
    const t = cell[3] as string | undefined;
    const formula = cell[4] as string | undefined;
    const value = cell[5] as string | undefined;
    const { events, names } = this;
    if (events.cell !== undefined && names[names.length - 1] === "row") {
      events.cell(r, s, t, formula, value);
      return PLAIN_CELL.lastIndex;
    }
    const attributes: Record<string, string> = { r };
    if (s !== undefined) attributes.s = s;
    if (t !== undefined) attributes.t = t;
    events.open("c", attributes);
    if (formula !== undefined) {
      events.open("f", NO_ATTRIBUTES);
      if (formula !== "") events.text(formula);
      events.close("f");
    }
    if (value !== undefined) {
      events.open("v", NO_ATTRIBUTES);
      if (value !== "") events.text(value);
      events.close("v");
    }
    events.close("c");
    return PLAIN_CELL.lastIndex;
  }

  /** Scans the next piece: null when all of it was read, else the text the full parser goes on with. */
  write(piece: string): string | null {
    const text = this.carry === "" ? piece : this.carry + piece;
    this.carry = "";
    if (NOT_XML_CHAR.test(text)) return text;
    const stop = this.scan(text);
    if (stop < 0) return text.slice(-stop - 1);
    if (text.length - stop > CARRY_LIMIT) return text.slice(stop);
    this.carry = text.slice(stop);
    return null;
  }

  /** Reads `text` as far as it can: where it stopped for want of more text, or -1 - where it leaves off. */
  private scan(text: string): number {
    const end = text.length;
    let at = 0;
    while (at < end) {
      const lt = text.charCodeAt(at) === LESS ? at : text.indexOf("<", at);
      if (lt !== at) {
        // The text up to the next tag; at the end of the piece, all but what the next piece may complete.
        const stop = lt < 0 ? this.safeEnd(text, at, end) : lt;
        if (stop > at && !this.text(text.slice(at, stop))) return -1 - at;
        if (lt < 0) return stop;
        at = stop;
        continue;
      }
      if (at + 1 >= end) return at;
      const next = text.charCodeAt(at + 1);
      if (next === LETTER_C && this.plainCells) {
        const past = this.plainCell(text, at);
        if (past > 0) {
          at = past;
          continue;
        }
      }
      const after = next === SLASH ? this.closeTag(text, at) : isNameStart(next) ? this.openTag(text, at) : LEAVE;
      if (after === MORE) return at;
      if (after === LEAVE) return -1 - at;
      at = after;
    }
    return at;
  }

  /** The end of the part: what is left unread, for the full parser to finish with (and find unfinished). */
  end(): string {
    return this.carry;
  }

  /** Where text running to the end of the piece can be cut: before an unfinished entity, `]`s or a `\r`. */
  private safeEnd(text: string, from: number, end: number): number {
    let cut = end;
    const amp = text.lastIndexOf("&", end - 1);
    if (amp >= from && text.indexOf(";", amp) < 0) cut = amp;
    while (cut > from) {
      const c = text.charCodeAt(cut - 1);
      if (c !== 93 && c !== CR) break;
      cut--;
    }
    return cut;
  }

  private text(raw: string): boolean {
    if (raw.indexOf("]]>") >= 0) return false;
    const text = raw.indexOf("&") < 0 ? normalised(raw, false) : decoded(raw, false);
    if (text === null) return false;
    if (text.length > 0) this.events.text(text);
    return true;
  }

  /** `</name>` at `at`: the element on top closed, unless it is the scanned element's own. */
  private closeTag(text: string, at: number): number {
    const end = text.length;
    let i = at + 2;
    while (i < end && isNameChar(text.charCodeAt(i))) i++;
    const name = text.slice(at + 2, i);
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) return MORE;
    const { names } = this;
    if (text.charCodeAt(i) !== GREATER || names.length <= this.base || name !== names[names.length - 1]) return LEAVE;
    this.events.close(name);
    return i + 1;
  }

  /** `<name attributes>` or `<name attributes/>` at `at`. */
  private openTag(text: string, at: number): number {
    const end = text.length;
    let i = at + 1;
    while (i < end && isNameChar(text.charCodeAt(i))) i++;
    const name = text.slice(at + 1, i);
    this.found = null;
    this.attributes = 0;
    for (;;) {
      if (i >= end) return MORE;
      let c = text.charCodeAt(i);
      if (isSpace(c)) {
        while (++i < end && isSpace((c = text.charCodeAt(i))));
        if (i >= end) return MORE;
        if (isNameStart(c)) {
          const after = this.attribute(text, i);
          if (after < 0) return after;
          i = after;
          continue;
        }
      }
      const attributes = this.found ?? NO_ATTRIBUTES;
      if (c === GREATER) {
        this.events.open(name, attributes);
        return i + 1;
      }
      if (c !== SLASH) return LEAVE;
      if (i + 1 >= end) return MORE;
      if (text.charCodeAt(i + 1) !== GREATER) return LEAVE;
      this.events.open(name, attributes);
      this.events.close(name);
      return i + 2;
    }
  }

  /** One attribute at `at`, kept if it is one of `kept`; the offset past its closing quote. */
  private attribute(text: string, at: number): number {
    const end = text.length;
    let i = at;
    while (i < end && isNameChar(text.charCodeAt(i))) i++;
    const length = i - at;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) return MORE;
    if (text.charCodeAt(i) !== EQUALS) return LEAVE;
    while (++i < end && isSpace(text.charCodeAt(i)));
    if (i >= end) return MORE;
    const quote = text.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) return LEAVE;
    let close = i + 1;
    let plain = true;
    for (; close < end; close++) {
      const c = text.charCodeAt(close);
      if (c === quote) break;
      if (c === LESS) return LEAVE;
      if (c === AMPERSAND || c === TAB || c === LF || c === CR) plain = false;
    }
    if (close >= end) return MORE;
    const value = plain ? "" : decoded(text.slice(i + 1, close), true);
    if (value === null) return LEAVE;
    // An attribute written twice makes the tag not well-formed.
    const { seen } = this;
    const count = this.attributes++ * 2;
    for (let s = 0; s < count; s += 2) if (seen[s + 1] === length && sameText(text, seen[s], at, length)) return LEAVE;
    seen[count] = at;
    seen[count + 1] = length;
    for (const name of this.kept) {
      if (name.length !== length || !text.startsWith(name, at)) continue;
      (this.found ??= {})[name] = plain ? text.slice(i + 1, close) : value;
      break;
    }
    // Another attribute must be set apart by a space.
    return close + 1 < end && isNameStart(text.charCodeAt(close + 1)) ? LEAVE : close + 1;
  }
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}
