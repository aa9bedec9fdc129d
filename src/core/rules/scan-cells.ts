import { isCellError } from "../grid/types";
import type { FieldId } from "../roster/types";
import { detectLegacy, isUnicodeInLegacyFont, tidySpaces } from "../text";
import type { CellRule, Sink } from "./define";
import type { ParamsSpec } from "./params";
import type { CellFacts, RuleContext, TextFacts } from "./types";

/** A cell rule as the scan runs it: what it looks at, and its check writing findings of type F. */
type CellCheck<F> = Pick<CellRule<string, ParamsSpec>, "on"> & { check(cell: CellFacts, out: Sink<F>): void };

/** Anything beyond printable ASCII and line breaks (other control characters are rare enough to take the slow path). */
const NON_ASCII = /[^\t\n\r -~]/;

/** Spaces other than the plain one, which tidySpaces would change even alone. */
const SPECIAL_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

/** Whitespace that String.prototype.trim removes from the ends. */
function isSpaceCode(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** tidySpaces, asked only when a cheap look says the spacing may be off (most cells are clean). */
function tidied(text: string): string | null {
  const suspect =
    isSpaceCode(text.charCodeAt(0)) ||
    isSpaceCode(text.charCodeAt(text.length - 1)) ||
    text.includes("  ") ||
    SPECIAL_SPACE.test(text);
  return suspect ? tidySpaces(text) : null;
}

function textFacts(text: string, font: string | null): TextFacts {
  const ascii = !NON_ASCII.test(text);
  const nfc = ascii ? text : text.normalize("NFC");
  const legacy = ascii ? null : detectLegacy(text, font ?? undefined);
  const legacyFont = !ascii && legacy === null && font !== null && isUnicodeInLegacyFont(text, font);
  return { text, ascii, nfc, legacy, repaired: legacy?.unicode ?? nfc, tidy: tidied(text), legacyFont };
}

/** A text seen in a column: its facts, and whether the text rules found nothing in it there. */
interface Seen {
  font: string | null;
  facts: TextFacts;
  clean: boolean;
}

/** The texts seen in one column, and the entry last asked for: a column often repeats one text row after row. */
interface Column {
  texts: Map<string, Seen>;
  last: Seen | null;
}

/** The text's entry in its column, made anew when first seen or seen in another font. */
function seenText(column: Column, text: string, font: string | null): Seen {
  const last = column.last;
  if (last !== null && last.facts.text === text && last.font === font) return last;
  let seen = column.texts.get(text);
  if (seen === undefined || seen.font !== font) {
    seen = { font, facts: textFacts(text, font), clean: false };
    column.texts.set(text, seen);
  }
  column.last = seen;
  return seen;
}

/** Blank text: nothing but whitespace. Most cells start with a letter or digit, which settles it without trimming. */
function isBlankText(text: string): boolean {
  return text.length === 0 || (isSpaceCode(text.charCodeAt(0)) && text.trim() === "");
}

/** The columns to scan: the roster's Excel table when it lives in one, else whole rows. */
function columnRange(ctx: RuleContext): { left: number; right: number } {
  const table = ctx.layout.table === null ? undefined : ctx.sheet.tables?.find((t) => t.name === ctx.layout.table);
  return table === undefined ? { left: 0, right: Infinity } : { left: table.left, right: table.right };
}

/**
 * Runs the cell rules over the non-blank cells of the data rows, each cell going to the rules that look
 * at its kind (text, error, or a value under no header). One facts object is reused from cell to cell
 * (rules copy what they keep). Text facts are worked out once per distinct text of a column, and a text
 * the rules found clean is not checked again in that column: cell rules judge the value, its facts and
 * its field, nothing else.
 */
export function scanCells<F>(ctx: RuleContext, rules: readonly CellCheck<F>[], out: Sink<F>): void {
  const { sheet, layout } = ctx;
  const textRules = rules.filter((rule) => rule.on === "text");
  const errorRules = rules.filter((rule) => rule.on === "error");
  const unheadedRules = rules.filter((rule) => rule.on === "unheaded");
  const headed: boolean[] = [];
  for (const col of layout.headedColumns) headed[col] = true;
  for (const column of layout.columns) headed[column.col] = true;
  const fieldAt: (FieldId | undefined)[] = [];
  for (const column of layout.columns) fieldAt[column.col] = column.field;
  const { left, right } = columnRange(ctx);
  const seenIn: Column[] = [];
  const cell: CellFacts = { row: 0, col: 0, value: null, field: null, text: null };
  for (const row of ctx.rows) {
    const values = sheet.values[row.row];
    if (values === undefined) continue;
    const fonts = sheet.fonts?.[row.row];
    const end = Math.min(values.length - 1, right);
    for (let c = Math.max(0, left); c <= end; c++) {
      const value = values[c];
      if (value === null || value === undefined) continue;
      const isText = typeof value === "string";
      if (isText && isBlankText(value)) continue;
      const isHeaded = headed[c] === true;
      const chosen = !isHeaded ? unheadedRules : isText ? textRules : isCellError(value) ? errorRules : null;
      if (chosen === null || chosen.length === 0) continue;
      cell.row = row.row;
      cell.col = c;
      cell.value = value;
      cell.field = fieldAt[c] ?? null;
      cell.text = null;
      let seen: Seen | undefined;
      if (isHeaded && isText) {
        seen = seenText((seenIn[c] ??= { texts: new Map(), last: null }), value, fonts?.[c] ?? null);
        if (seen.clean) continue;
        cell.text = seen.facts;
      }
      const before = out.length;
      for (const rule of chosen) rule.check(cell, out);
      if (seen !== undefined) seen.clean = out.length === before;
    }
  }
}
