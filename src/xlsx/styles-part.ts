import { BUILT_IN_FORMATS, isDateFormat } from "./number-formats";
import type { ReadBudget } from "./read-budget";
import { readXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-parts";

/**
 * What a cell's style index (its `s`) gives the engine, by index: the number format, the font's name,
 * and whether the format shows a date. Index 0, Excel's default style, gives nothing, as for an unstyled cell.
 */
export interface CellStyles {
  formats: (string | null)[];
  fonts: (string | null)[];
  dates: boolean[];
}

export const NO_STYLES: CellStyles = { formats: [], fonts: [], dates: [] };

const integer = (text: string | undefined) => (text === undefined ? NaN : parseInt(text, 10));

export async function readStyles(zip: Buffer, part: ZipPart, budget: ReadBudget): Promise<CellStyles> {
  const customFormats = new Map<number, string>();
  const fontNames: (string | null)[] = [];
  const xfs: { format: number; font: number }[] = [];
  // Only the lists directly under the style sheet: cellStyleXfs and dxfs hold xf and font elements too.
  let list = "";
  let entries = 0;
  await readXmlPart(zip, part, budget, {
    open(name, attributes, depth) {
      if (depth === 3) budget.entries(part.name, ++entries);
      if (depth === 2) {
        list = name;
        entries = 0;
      } else if (list === "numFmts" && name === "numFmt" && attributes.formatCode !== undefined)
        customFormats.set(integer(attributes.numFmtId), attributes.formatCode);
      else if (list === "fonts" && depth === 3 && name === "font") fontNames.push(null);
      else if (list === "fonts" && depth === 4 && name === "name" && attributes.val)
        fontNames[fontNames.length - 1] = attributes.val;
      else if (list === "cellXfs" && depth === 3 && name === "xf")
        xfs.push({ format: integer(attributes.numFmtId), font: integer(attributes.fontId) });
    },
    close(_, depth) {
      if (depth === 2) list = "";
    },
  });
  const styles: CellStyles = { formats: [null], fonts: [null], dates: [false] };
  for (let s = 1; s < xfs.length; s++) {
    const { format, font } = xfs[s];
    const code = format ? customFormats.get(format) || BUILT_IN_FORMATS[format] || null : null;
    styles.formats.push(code || null);
    styles.fonts.push(fontNames[font] ?? null);
    styles.dates.push(isDateFormat(code));
  }
  return styles;
}
