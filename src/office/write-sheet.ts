import type { SheetDescription } from "../core/sheets";
import { queueCommands } from "./queue-commands";
import { planBlocks } from "./sheet-blocks";
import type { SheetFeatures } from "./sheet-features";

export interface WriteSheetOptions {
  /** After each request: description rows written, of all its rows. */
  onProgress?(done: number, total: number): void;
  /** The estimated request size not to pass; Excel on the web's limit with a margin by default. */
  budgetBytes?: number;
}

/**
 * Writes `description` into `sheet` (new and empty): cells with their number formats (text cells formatted as
 * text before their values, so a string starting with = + - @ stays text), the add-in's own formulas, links,
 * styles, widths, merges, then what this Excel has of frozen rows, filter, conditional formats and chart.
 * One sync per request, and the requests sized by their estimated bytes, not by rows: one for any usual sheet.
 */
export async function writeSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  description: SheetDescription,
  features: SheetFeatures,
  options: WriteSheetOptions = {},
): Promise<void> {
  const total = description.rows.length;
  for (const block of planBlocks(description, features, options.budgetBytes)) {
    queueCommands(sheet, block.commands);
    await context.sync();
    options.onProgress?.(Math.min(block.bottom, total), total);
  }
}
