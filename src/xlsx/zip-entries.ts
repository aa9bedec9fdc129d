import { inflateRawSync } from "zlib";
import { centralHeaders } from "./zip-directory";

const LOCAL_FILE_HEADER = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  /** The entry's contents; null when they cannot be read (an unknown compression, a broken header). */
  read(): Buffer | null;
}

/** The entries of a zip read from its central directory; null when the zip is damaged. */
export function zipEntries(zip: Buffer): ZipEntry[] | null {
  const headers = centralHeaders(zip);
  if (headers === null || headers === "zip64") return null;
  return headers.map((at) => {
    const nameBytes = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 46, at + 46 + nameBytes);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    return {
      name,
      read() {
        if (local + LOCAL_HEADER_BYTES > zip.length || zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) return null;
        const start = local + LOCAL_HEADER_BYTES + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        try {
          return method === STORED ? data : method === DEFLATED ? inflateRawSync(data) : null;
        } catch {
          return null;
        }
      },
    };
  });
}
