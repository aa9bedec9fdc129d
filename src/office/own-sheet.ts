import type { SheetDescription } from "../core/sheets";
import type { SheetFeatures } from "./sheet-features";
import { writeSheet, type WriteSheetOptions } from "./write-sheet";

export interface OwnSheetOptions extends WriteSheetOptions {
  /** Show the sheet once made; true by default. */
  show?: boolean;
}

/**
 * (Re)creates one of the add-in's own sheets from its description: an earlier sheet of that name is deleted,
 * the new one is added at the end and written. No other sheet is touched. One sync to find the earlier sheet,
 * then one per request the writer needs (one for any usual sheet).
 */
export async function replaceOwnSheet(
  context: Excel.RequestContext,
  description: SheetDescription,
  features: SheetFeatures,
  options: OwnSheetOptions = {},
): Promise<Excel.Worksheet> {
  const earlier = context.workbook.worksheets.getItemOrNullObject(description.name);
  await context.sync();
  if (!earlier.isNullObject) earlier.delete();
  const sheet = context.workbook.worksheets.add(description.name);
  if (options.show ?? true) sheet.activate();
  await writeSheet(context, sheet, description, features, options);
  return sheet;
}
