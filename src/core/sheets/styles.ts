import { SEVERITY_TONE } from "../colours";
import { columnLetter } from "../grid/address";
import type { Severity } from "../rules/types";
import { quoted, styled, textCell } from "./cells";
import type { CellStyle, ConditionalRule, SheetArea, SheetCell } from "./types";

/** The look every sheet shares: a bold title, a header band, italic notes. */
export const TITLE: CellStyle = { bold: true };
export const HEADER: CellStyle = { bold: true, tone: "heading", vertical: "middle" };
export const NOTE: CellStyle = { italic: true };

/** A header row of texts. */
export function headerCells(labels: readonly string[]): (SheetCell | null)[] {
  return styled(
    labels.map((label) => textCell(label)),
    HEADER,
  );
}

/**
 * Colours a column of severity words (rows `top`..`bottom`) by severity, one rule per severity. The word
 * stays in the cell: the colour only repeats it.
 */
export function severityRules(
  words: Readonly<Record<Severity, string>>,
  column: number,
  top: number,
  bottom: number,
): ConditionalRule[] {
  const area: SheetArea = { top, left: column, bottom, right: column };
  return (["error", "warning", "info"] as const).map((severity) => ({
    area,
    formula: `=$${columnLetter(column)}${top}=${quoted(words[severity])}`,
    tone: SEVERITY_TONE[severity],
  }));
}
