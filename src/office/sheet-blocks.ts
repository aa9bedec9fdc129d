import type { SheetDescription } from "../core/sheets";
import { commandsBytes } from "./command-bytes";
import { REQUEST_BUDGET_BYTES } from "./request-size";
import { finishingCommands, layoutCommands, rowCommands, type WriteCommand } from "./sheet-commands";
import type { SheetFeatures } from "./sheet-features";

/** Rows `top`..`bottom` (1-based) and everything one request carries for them. */
export interface Block {
  top: number;
  bottom: number;
  commands: WriteCommand[];
}

/**
 * The sheet cut into as few requests as its estimated size allows: all of it in one for any usual sheet,
 * else equal parts by rows, each cut again while its estimate is over `budget`. The layout goes with the
 * first rows and what needs the cells in place with the last.
 */
export function planBlocks(
  description: SheetDescription,
  features: SheetFeatures,
  budget = REQUEST_BUDGET_BYTES,
): Block[] {
  const last = Math.max(description.rows.length, 1);
  const layout = layoutCommands(description);
  const finishing = finishingCommands(description, features);
  const block = (top: number, bottom: number): Block => ({
    top,
    bottom,
    commands: [
      ...(top === 1 ? layout : []),
      ...rowCommands(description, top, bottom, features),
      ...(bottom === last ? finishing : []),
    ],
  });
  const cut = (top: number, bottom: number): Block[] => {
    const whole = block(top, bottom);
    const parts = Math.min(Math.ceil(commandsBytes(whole.commands) / budget), bottom - top + 1);
    if (parts <= 1) return [whole];
    const size = Math.ceil((bottom - top + 1) / parts);
    const blocks: Block[] = [];
    for (let from = top; from <= bottom; from += size) blocks.push(...cut(from, Math.min(from + size - 1, bottom)));
    return blocks;
  };
  return cut(1, last);
}
