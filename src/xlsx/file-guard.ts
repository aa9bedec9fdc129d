import type { FileProblem } from "../core/files";
import type { Limits } from "./limits";

/** An OLE compound file: what Excel writes for a password-protected workbook, and the old .xls format. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What can be told from a file's first bytes, before any part is inflated; null when it looks like a zip.
 * Sizes once unzipped are not taken from the zip's headers, which a hostile file can fill with anything:
 * they are counted as the parts inflate.
 */
export function checkBytes(bytes: Buffer, limits: Limits): FileProblem | null {
  if (bytes.length === 0) return { code: "empty" };
  if (bytes.length > limits.maxFileBytes) return { code: "too-large", bytes: bytes.length, limit: limits.maxFileBytes };
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) return { code: "encrypted" };
  if (!bytes.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) return { code: "not-xlsx" };
  return null;
}
