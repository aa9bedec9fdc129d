/**
 * Bytes a text takes once stored as a workbook setting: the add-in stores JSON text as a JSON string,
 * which the file keeps inside an XML attribute, so a quote costs 7 bytes (\&quot;), a backslash 2, "&" 5,
 * "<" and ">" 4, a control character at most 6, anything else its UTF-8 length.
 */
export function charCost(code: number): number {
  if (code === 0x22) return 7;
  if (code === 0x5c) return 2;
  if (code === 0x26) return 5;
  if (code === 0x3c || code === 0x3e) return 4;
  if (code < 0x20) return 6;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

export function storedSize(text: string): number {
  let bytes = 0;
  for (const ch of text) bytes += charCost(ch.codePointAt(0) ?? 0);
  return bytes;
}

/** The text in pieces of at most `limit` stored bytes each, never splitting a character. */
export function splitBySize(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const cost = charCost(code);
    if (bytes + cost > limit && i > start) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += cost;
    i += code > 0xffff ? 2 : 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}
