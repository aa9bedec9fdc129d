/**
 * Control characters other than tab and line breaks: invisible in Excel (which stores them as _x001B_ and
 * the like), never typed on purpose, and a hazard in any terminal or file the text is copied to.
 */
const CONTROL = /[^\P{Cc}\t\n\r]/gu;

const escaped = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

export function hasControlChars(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/** The text without its control characters. */
export function removeControlChars(text: string): string {
  return text.replace(CONTROL, "");
}

/** The text with each control character written out as its code ("\u001B"), so a person can see it. */
export function escapeControlChars(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** The distinct control characters of the text, each written out as its code, in order of first appearance. */
export function controlCharsOf(text: string): string[] {
  return [...new Set(text.match(CONTROL) ?? [])].map(escaped);
}
