import { SaxesParser } from "saxes";
import { inflatePart } from "./inflate-part";
import { FileRefused, partLabel, type ReadBudget } from "./read-budget";
import type { ZipPart } from "./zip-parts";

export type Attributes = Readonly<Record<string, string>>;

/**
 * What a part's reader does with its elements and text. Elements come by their local name, so that a
 * part written with a prefix for the spreadsheet namespace (`<x:row>`) reads like one written without.
 */
export interface XmlHandlers {
  open?(name: string, attributes: Attributes, depth: number): void;
  close?(name: string, depth: number): void;
  text?(text: string): void;
}

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
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const { maxXmlDepth } = budget.limits;
  let depth = 0;
  const { open, close, text } = handlers;
  parser.on("opentag", (tag) => {
    if (++depth > maxXmlDepth)
      throw new FileRefused({ code: "too-deep", part: partLabel(part.name), limit: maxXmlDepth });
    open?.(localName(tag.name), tag.attributes, depth);
  });
  parser.on("closetag", (tag) => {
    close?.(localName(tag.name), depth);
    depth--;
  });
  if (text) parser.on("text", text);
  parser.on("error", (error) => {
    throw error instanceof FileRefused ? error : new FileRefused({ code: "corrupt", detail: error.message });
  });
  await inflatePart(zip, part, budget, (chunk) => {
    if (chunk.length > 0) parser.write(chunk);
  });
  parser.close();
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
