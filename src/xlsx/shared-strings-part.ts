import { FileRefused, type ReadBudget } from "./read-budget";
import { readXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-parts";

/** Characters Excel cannot hold in XML are written `_x000D_`; the text is taken back with them. */
export function unescapeText(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The shared-string table: each string's text, rich-text runs joined (null for an entry with no text
 * element at all), and the font of its first run that names one: legacy-encoded text is often pasted as runs.
 */
export interface SharedStrings {
  texts: (string | null)[];
  fonts: Map<number, string>;
}

export async function readSharedStrings(zip: Buffer, part: ZipPart, budget: ReadBudget): Promise<SharedStrings> {
  const { maxSharedStrings, maxSharedStringChars } = budget.limits;
  const strings: SharedStrings = { texts: [], fonts: new Map() };
  let text: string | null = null;
  let piece: string | null = null;
  let phonetic = false;
  let characters = 0;
  await readXmlPart(zip, part, budget, {
    // The table is elements, attributes and text alone, which the scanner reads far faster than saxes.
    scanInside: { element: "sst", attributes: ["val"] },
    textIn: ["t"],
    open(name, attributes) {
      if (name === "si") {
        if (strings.texts.length >= maxSharedStrings)
          throw new FileRefused({ code: "too-many-strings", limit: maxSharedStrings });
        text = null;
      } else if (name === "t") {
        if (!phonetic) piece = "";
      } else if (name === "rPh") {
        phonetic = true;
      } else if (name === "rFont" && !phonetic && attributes.val) {
        const index = strings.texts.length;
        if (!strings.fonts.has(index)) strings.fonts.set(index, attributes.val);
      }
    },
    text(chunk) {
      if (piece === null) return;
      characters += chunk.length;
      if (characters > maxSharedStringChars)
        throw new FileRefused({ code: "too-much-text", limit: maxSharedStringChars });
      piece += chunk;
    },
    close(name) {
      if (name === "t" && piece !== null) {
        text = (text ?? "") + unescapeText(piece);
        piece = null;
      } else if (name === "rPh") {
        phonetic = false;
      } else if (name === "si") {
        strings.texts.push(text);
      }
    },
  });
  return strings;
}
