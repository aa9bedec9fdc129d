import { centralHeaders } from "../../src/xlsx/zip-directory";

/** 20/11/2019 08:00 in MS-DOS form, the only clock a zip entry has. */
const DOS_TIME = (8 << 11) | (0 << 5);
const DOS_DATE = ((2019 - 1980) << 9) | (11 << 5) | 20;

/**
 * Sets every entry's modification time to one fixed moment, in the central directory and in the local
 * headers, so a workbook written twice is the same file byte for byte. Checksums cover only the content.
 */
export function fixZipTimes(zip: Buffer): void {
  const headers = centralHeaders(zip);
  if (headers === null || headers === "zip64") throw new Error("not a plain zip archive");
  for (const at of headers) {
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
  }
}
