const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_RECORD_BYTES = 22;
const FILE_HEADER_BYTES = 46;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_MARK = 0xffffffff;

/**
 * Offsets of a zip's central-directory file headers, read without inflating anything; null when the
 * directory is missing or broken (a truncated or damaged file), "zip64" for a ZIP64 archive. The headers
 * are walked for as long as they follow one another: the end record's count of entries is not believed,
 * since a hostile file can declare fewer entries than it holds.
 */
export function centralHeaders(zip: Buffer): number[] | "zip64" | null {
  const last = zip.length - END_RECORD_BYTES;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_BYTES; at--) {
    if (zip.readUInt32LE(at) !== END_OF_CENTRAL_DIRECTORY) continue;
    let entry = zip.readUInt32LE(at + 16);
    if (entry === ZIP64_MARK) return "zip64";
    const headers: number[] = [];
    while (entry + FILE_HEADER_BYTES <= at && zip.readUInt32LE(entry) === CENTRAL_FILE_HEADER) {
      headers.push(entry);
      entry +=
        FILE_HEADER_BYTES + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    }
    return headers.length > 0 || zip.readUInt16LE(at + 10) === 0 ? headers : null;
  }
  return null;
}

/** The unzipped size of the zip's largest entry; null when the zip is damaged. */
export function largestEntrySize(zip: Buffer): number | null {
  const headers = centralHeaders(zip);
  if (headers === "zip64") return Infinity;
  if (headers === null) return null;
  let largest = 0;
  for (const at of headers) {
    const size = zip.readUInt32LE(at + 24);
    largest = Math.max(largest, size === ZIP64_MARK ? Infinity : size);
  }
  return largest;
}
