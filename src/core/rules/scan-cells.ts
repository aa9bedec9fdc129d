import type { FieldId } from "../roster/types";
import { detectLegacy, tidySpaces } from "../text";
import type { CellFacts, CellRule, Finding, RuleContext, TextFacts } from "./types";

const NON_ASCII = /[^\x00-\x7f]/;

function textFacts(text: string, font: string | null): TextFacts {
  const ascii = !NON_ASCII.test(text);
  const nfc = ascii ? text : text.normalize("NFC");
  const legacy = ascii ? null : detectLegacy(text, font ?? undefined);
  return { text, ascii, nfc, legacy, repaired: legacy?.unicode ?? nfc, tidy: tidySpaces(text) };
}

/** Text facts per font and text: a roster repeats its units, groups and programmes on every row. */
class TextFactsCache {
  private readonly byFont = new Map<string | null, Map<string, TextFacts>>();

  get(text: string, font: string | null): TextFacts {
    let texts = this.byFont.get(font);
    if (texts === undefined) {
      texts = new Map();
      this.byFont.set(font, texts);
    }
    let facts = texts.get(text);
    if (facts === undefined) {
      facts = textFacts(text, font);
      texts.set(text, facts);
    }
    return facts;
  }
}

/** The columns to scan: the roster's Excel table when it lives in one, else whole rows. */
function columnRange(ctx: RuleContext): { left: number; right: number } {
  const table = ctx.layout.table === null ? undefined : ctx.sheet.tables?.find((t) => t.name === ctx.layout.table);
  return table === undefined ? { left: 0, right: Infinity } : { left: table.left, right: table.right };
}

/**
 * Runs the cell rules over every non-blank cell of the data rows, headed columns or not. One facts
 * object is reused from cell to cell (rules copy what they keep), and text facts are worked out once
 * per distinct text.
 */
export function scanCells(ctx: RuleContext, rules: readonly CellRule[], out: Finding[]): void {
  const { sheet, layout } = ctx;
  const headed: boolean[] = [];
  for (const col of layout.headedColumns) headed[col] = true;
  for (const column of layout.columns) headed[column.col] = true;
  const fieldAt: (FieldId | undefined)[] = [];
  for (const column of layout.columns) fieldAt[column.col] = column.field;
  const { left, right } = columnRange(ctx);
  const cache = new TextFactsCache();
  const cell: CellFacts = { row: 0, col: 0, value: null, headed: false, field: null, text: null };
  for (const row of ctx.rows) {
    const values = sheet.values[row.row];
    if (values === undefined) continue;
    const fonts = sheet.fonts?.[row.row];
    const end = Math.min(values.length - 1, right);
    for (let c = Math.max(0, left); c <= end; c++) {
      const value = values[c];
      if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) continue;
      cell.row = row.row;
      cell.col = c;
      cell.value = value;
      cell.headed = headed[c] === true;
      cell.field = fieldAt[c] ?? null;
      cell.text = cell.headed && typeof value === "string" ? cache.get(value, fonts?.[c] ?? null) : null;
      for (const rule of rules) rule.check(cell, out);
    }
  }
}
