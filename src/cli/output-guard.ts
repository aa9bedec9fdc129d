import { promises as fs } from "fs";
import * as path from "path";

export type OutputProblem = "same-as-input" | "exists" | "not-a-file";

/**
 * Whether the repaired copy may be written to `out`: never onto the input (by path, or as the same file
 * reached another way: a link, another letter case), onto an existing file only with `force`.
 */
export async function outputProblem(input: string, out: string, force: boolean): Promise<OutputProblem | null> {
  if (path.resolve(input) === path.resolve(out)) return "same-as-input";
  let target;
  try {
    target = await fs.stat(out);
  } catch {
    return null; // nothing there yet; a folder that cannot be written to shows when writing
  }
  if (!target.isFile()) return "not-a-file";
  const source = await fs.stat(input).catch(() => null);
  if (source !== null && source.dev === target.dev && source.ino === target.ino) return "same-as-input";
  return force ? null : "exists";
}

/**
 * Writes the copy beside its final name, then renames it into place: a failure half-way leaves no
 * half-written workbook, and an existing file is replaced only by a complete one.
 */
export async function writeWhole(out: string, bytes: Buffer): Promise<void> {
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, out);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
