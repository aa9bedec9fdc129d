import type { UsedRange } from "./grid-areas";
import { rangeOf } from "./grid-areas";
import type { ReadBudget } from "./read-budget";
import { readXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-parts";

/** An Excel table as its part declares it: the header and totals rows as Excel counts them (1 and 0 when not written). */
export interface TablePart {
  name: string;
  range: UsedRange;
  headerRows: number;
  totalsRows: number;
}

const count = (text: string | undefined, otherwise: number) => {
  const n = text === undefined ? NaN : parseInt(text, 10);
  return Number.isNaN(n) ? otherwise : n;
};

export async function readTable(zip: Buffer, part: ZipPart, budget: ReadBudget): Promise<TablePart | null> {
  let table: TablePart | null = null;
  await readXmlPart(zip, part, budget, {
    open(name, attributes, depth) {
      if (depth !== 1 || name !== "table") return;
      const range = rangeOf(attributes.ref ?? "");
      if (range)
        table = {
          name: attributes.name ?? attributes.displayName ?? "",
          range,
          headerRows: count(attributes.headerRowCount, 1),
          totalsRows: count(attributes.totalsRowCount, 0),
        };
    },
  });
  return table;
}
