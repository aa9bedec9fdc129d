import { SaxesParser } from "saxes";
import { type Attributes, ElementScanner, type ScannedEvents } from "./element-scanner";
import { inflatePart } from "./inflate-part";
import { FileRefused, partLabel, type ReadBudget } from "./read-budget";
import type { ZipPart } from "./zip-parts";

export type { Attributes };

/**
 * What a part's reader does with its elements and text. Elements come by their local name, so that a
 * part written with a prefix for the spreadsheet namespace (`<x:row>`) reads like one written without.
 */
export interface XmlHandlers {
  open?(name: string, attributes: Attributes, depth: number): void;
  close?(name: string, depth: number): void;
  text?(text: string): void;
  /**
   * The elements (local names) whose text `text` is given; text anywhere else is passed over unread. saxes
   * holds a text's characters until the text ends, so text the reader does not want is never held (a part
   * padded with hundreds of megabytes of spaces costs nothing). Text in every element when absent.
   */
  textIn?: readonly string[];
  /**
   * An element whose contents are read by the ElementScanner rather than by saxes: what most of a large
   * part's bytes are (a worksheet's `<sheetData>`), by its local name. Inside it, the handlers see the same
   * either way but for attributes: only those `attributes` names are given.
   */
  scanInside?: {
    element: string;
    attributes: readonly string[];
    /** Plain cells in one call each (see ScannedEvents.cell); the scanner's only, saxes gives their tags. */
    cell?: ScannedEvents["cell"];
  };
}

type Parser = SaxesParser<{ xmlns: false; position: false }>;

/** Thrown out of saxes as the element to scan opens, to stop it there. */
const SCAN = Symbol("scan");

/**
 * One XML part inflated and parsed as it inflates (SAX: no tree is built), its elements' nesting held
 * to the limit. A part that is not well-formed XML is a damaged file.
 */
export async function readXmlPart(
  zip: Buffer,
  part: ZipPart,
  budget: ReadBudget,
  handlers: XmlHandlers,
): Promise<void> {
  const parser = xmlPieces(part.name, budget.limits.maxXmlDepth, handlers, budget.limits.maxSharedStringChars);
  await inflatePart(zip, part, budget, parser.write);
  parser.end();
}

/**
 * A parser of the text of the part named `partName`, given piece by piece. More than `maxText` characters
 * without a tag refuse the file: saxes holds a text, a comment or a CDATA section whole until it ends, and no
 * cell holds a millionth of that.
 */
export function xmlPieces(
  partName: string,
  maxXmlDepth: number,
  handlers: XmlHandlers,
  maxText = Infinity,
): { write(piece: string): void; end(): void } {
  const { open, close, text, scanInside, textIn } = handlers;
  // The open elements by their names as written: the scanner matches closing tags against them, and a
  // parser taking over from it is first given them as opening tags (`quiet`: not reported again).
  const names: string[] = [];
  let quiet = false;
  let scanner: ElementScanner | "done" | null = null;
  // Tags read so far, and the characters read since the last one.
  let tags = 0;
  let textRun = 0;
  const ranOn = (characters: number) => {
    textRun += characters;
    if (textRun > maxText) throw new FileRefused({ code: "too-much-text", limit: maxText });
  };
  const textWanted = () =>
    text !== undefined &&
    (textIn === undefined || (names.length > 0 && textIn.includes(localName(names[names.length - 1]))));
  /** saxes is given a handler for text only while the element on top is one whose text is wanted. */
  const listen = (to: Parser) => {
    if (textWanted()) to.on("text", text as (text: string) => void);
    else to.off("text");
  };
  const opened = (name: string, attributes: Attributes) => {
    if (names.push(name) > maxXmlDepth)
      throw new FileRefused({ code: "too-deep", part: partLabel(partName), limit: maxXmlDepth });
    tags++;
    textRun = 0;
    open?.(localName(name), attributes, names.length);
  };
  const closed = (name: string) => {
    tags++;
    textRun = 0;
    close?.(localName(name), names.length);
    names.pop();
  };
  const newParser = (): Parser => {
    const parser: Parser = new SaxesParser({ xmlns: false, position: false });
    parser.on("opentag", (tag) => {
      if (quiet) return;
      opened(tag.name, tag.attributes);
      listen(parser);
      // The scanner reads XML 1.0, as Excel writes it; a part declared 1.1 is left to saxes whole.
      if (scanner === null && !tag.isSelfClosing && scanInside?.element === localName(tag.name)) {
        if (parser.xmlDecl.version !== "1.1") throw SCAN;
      }
    });
    parser.on("closetag", (tag) => {
      closed(tag.name);
      listen(parser);
    });
    listen(parser);
    parser.on("error", (error) => {
      throw error instanceof FileRefused ? error : new FileRefused({ code: "corrupt", detail: error.message });
    });
    return parser;
  };
  let parser = newParser();
  /** A new parser goes on from where the scanner stopped, the open elements given to it first. */
  const resume = (rest: string) => {
    scanner = "done";
    parser = newParser();
    quiet = true;
    parser.write(names.map((name) => `<${name}>`).join(""));
    quiet = false;
    listen(parser);
    if (rest.length > 0) parser.write(rest);
  };
  // Characters given to the parser so far: where in the current piece saxes stopped is its position less this.
  let written = 0;
  const write = (chunk: string) => {
    if (chunk.length === 0) return;
    if (scanner instanceof ElementScanner) {
      const rest = scanner.write(chunk);
      if (rest !== null) resume(rest);
      return;
    }
    try {
      const before = tags;
      parser.write(chunk);
      written += chunk.length;
      if (tags === before) ranOn(chunk.length);
    } catch (error) {
      if (error !== SCAN) throw error;
      const from = parser.position - written;
      const events: ScannedEvents = {
        open: opened,
        close: closed,
        text: (read) => {
          ranOn(read.length);
          if (textWanted()) text?.(read);
        },
      };
      const cell = scanInside?.cell;
      // A plain cell's `<c>` and `<v>` (or `<f>`) would be nested this deep.
      if (cell !== undefined)
        events.cell = (ref, style, type, formula, value) => {
          if (names.length + (formula === undefined && value === undefined ? 1 : 2) > maxXmlDepth)
            throw new FileRefused({ code: "too-deep", part: partLabel(partName), limit: maxXmlDepth });
          textRun = 0;
          cell(ref, style, type, formula, value);
        };
      scanner = new ElementScanner(names, scanInside?.attributes ?? [], events);
      const rest = scanner.write(chunk.slice(from));
      if (rest !== null) resume(rest);
    }
  };
  const end = () => {
    if (scanner instanceof ElementScanner) resume(scanner.end());
    parser.close();
  };
  return { write, end };
}

/** The relationship id an element names (`r:id`, whatever the prefix bound to relationships). */
export function relationshipId(attributes: Attributes): string | undefined {
  if (attributes["r:id"] !== undefined) return attributes["r:id"];
  for (const name in attributes) if (name.endsWith(":id")) return attributes[name];
  return undefined;
}

/** An element's name without its namespace prefix. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
