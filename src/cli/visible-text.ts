/**
 * Characters that must never reach a terminal or a spreadsheet raw: the C0 and C1 controls (ESC starts a
 * terminal escape sequence, BEL rings, NUL truncates) other than tab, line feed and carriage return, and
 * the bidi embedding, override and isolate controls, which make a line read differently from what it holds.
 */
const HIDDEN = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]/u;
const EVERY_HIDDEN = new RegExp(HIDDEN.source, "gu");

/** Excel's escaped form of a character inside a workbook's XML ("_x001B_"), when a reader passes it on undecoded. */
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function escaped(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * `text` with every hidden character, raw or in Excel's escaped form, shown as a visible escape
 * ("\u001B"); tab, line feed and carriage return are left for the caller to place.
 */
export function visible(text: string): string {
  return text
    .replace(EXCEL_ESCAPE, (whole, hex: string) => {
      const char = String.fromCharCode(parseInt(hex, 16));
      return HIDDEN.test(char) ? escaped(char.charCodeAt(0)) : whole;
    })
    .replace(EVERY_HIDDEN, (char) => escaped(char.charCodeAt(0)));
}

/**
 * JSON for a terminal or a file: JSON.stringify escapes the C0 controls but leaves DEL, the C1 controls and
 * the bidi controls raw; they can only stand inside strings, where their \u escapes mean the same value.
 */
export function visibleJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (char) =>
    escaped(char.charCodeAt(0)),
  );
}

/** One line of terminal text: hidden characters escaped, tab and line breaks as spaces. */
export function printable(text: string): string {
  return visible(text).replace(/[\t\n\r]/g, " ");
}
