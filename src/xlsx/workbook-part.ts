import type { ReadBudget } from "./read-budget";
import { relationshipId, readXmlPart } from "./xml-part";
import type { ZipPart } from "./zip-parts";

export interface WorkbookPart {
  /** The sheets in the order the workbook shows them, each with its relationship id. */
  sheets: { name: string; id: string }[];
  /** Serial numbers count days from 1904 rather than 1900 (old Mac workbooks). */
  date1904: boolean;
}

export async function readWorkbookPart(zip: Buffer, part: ZipPart, budget: ReadBudget): Promise<WorkbookPart> {
  const book: WorkbookPart = { sheets: [], date1904: false };
  await readXmlPart(zip, part, budget, {
    open(name, attributes) {
      if (name === "workbookPr") {
        const value = attributes.date1904;
        book.date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        const id = relationshipId(attributes);
        if (id !== undefined) budget.entries(part.name, book.sheets.push({ name: attributes.name ?? "", id }));
      }
    },
  });
  return book;
}
