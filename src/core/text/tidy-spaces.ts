/** Spaces and tabs, including the no-break and typographic spaces pasted from the web. */
const SPACE_RUN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * The text with runs of spaces made one plain space and the ends trimmed, or null if already
 * clean. Line breaks inside the text stay: a header may hold them.
 */
export function tidySpaces(text: string): string | null {
  const tidy = text.replace(SPACE_RUN, " ").trim();
  return tidy === text ? null : tidy;
}
