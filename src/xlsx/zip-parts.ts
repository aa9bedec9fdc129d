import { centralHeaders } from "./zip-directory";

const LOCAL_FILE_HEADER = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const SIZE_UNKNOWN = 0xffffffff;

/** Where one entry's compressed bytes lie in the zip, and how they are packed (0 stored, 8 deflated). */
export interface ZipPart {
  name: string;
  method: number;
  start: number;
  end: number;
}

/**
 * A zip's entries by name, read from its central directory; null when the zip is damaged, "zip64" for a
 * ZIP64 archive. Only the compressed sizes are taken from the file, to know where each entry's bytes end
 * (a lie there only cuts the entry short, and inflating it then fails); the sizes once unzipped are never
 * believed: they are counted as the entries are inflated.
 */
export function zipParts(zip: Buffer): Map<string, ZipPart> | "zip64" | null {
  const headers = centralHeaders(zip);
  if (headers === null || headers === "zip64") return headers;
  const parts = new Map<string, ZipPart>();
  for (const at of headers) {
    const name = zip.toString("utf8", at + 46, at + 46 + zip.readUInt16LE(at + 28)).replace(/^\/+/, "");
    const local = zip.readUInt32LE(at + 42);
    if (local + LOCAL_HEADER_BYTES > zip.length || zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) return null;
    const start = local + LOCAL_HEADER_BYTES + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const compressed = zip.readUInt32LE(at + 20);
    const end = compressed === SIZE_UNKNOWN ? zip.length : Math.min(start + compressed, zip.length);
    if (!parts.has(name)) parts.set(name, { name, method: zip.readUInt16LE(at + 10), start, end });
  }
  return parts;
}
