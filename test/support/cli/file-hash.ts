import { createHash } from "crypto";
import { readFileSync } from "fs";

/** The file's SHA-256, to show that a command left it byte for byte as it was. */
export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
