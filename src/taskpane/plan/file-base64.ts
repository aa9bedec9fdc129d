/** Bytes per `String.fromCharCode` call: well under the engines' argument limits. */
const CHUNK = 0x8000;

/** A file's bytes as base64, the form `insertWorksheetsFromBase64` takes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
