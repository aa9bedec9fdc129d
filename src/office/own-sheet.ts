import type { SheetDescription } from "../core/sheets";
import { claimOwnSheet, type OwnSheetRole } from "./own-sheets";
import type { SheetFeatures } from "./sheet-features";
import { writeSheet, type WriteSheetOptions } from "./write-sheet";

export interface OwnSheetOptions extends WriteSheetOptions {
  /** Show the sheet once made; true by default. */
  show?: boolean;
}

/**
 * (Re)creates one of the add-in's own sheets from its description: the add-in's earlier sheet of `role`
 * (found by the id it recorded, whatever its name now) is deleted and the new one written under that name;
 * a sheet of the user's named like the description is left alone and the new sheet is "name (2)"
 * (own-sheets.ts). No other sheet is touched. One sync to read the sheets, one per request the writer needs
 * (one for any usual sheet), one to record the new sheet's id. Returns the name the sheet got.
 */
export async function replaceOwnSheet(
  context: Excel.RequestContext,
  role: OwnSheetRole,
  description: SheetDescription,
  features: SheetFeatures,
  options: OwnSheetOptions = {},
): Promise<string> {
  const slot = await claimOwnSheet(context, role, description.name);
  if (options.show ?? true) slot.worksheet.activate();
  await writeSheet(context, slot.worksheet, description, features, options);
  slot.record();
  await context.sync();
  return slot.name;
}
