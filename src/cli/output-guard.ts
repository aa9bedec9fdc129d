import { promises as fs, type Stats } from "fs";
import * as path from "path";

export type OutputProblem = "same-as-input" | "in-input-folder" | "exists" | "not-a-file";

/** What a command reads: its files (settings and targets files included) and the folders it was given. */
export interface CommandInputs {
  files: readonly string[];
  folders: readonly string[];
}

async function statOf(target: string): Promise<Stats | null> {
  return fs.stat(target).catch(() => null);
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/**
 * Whether a command may write to `out`: never onto one of its inputs, whether named by the same path or
 * reached another way (a hard link, a symbolic link, another letter case), never into a folder given as
 * input (its workbooks are inputs, and the new file would be one next time), onto an existing file only
 * with `force`.
 */
export async function outputProblem(
  out: string,
  inputs: CommandInputs,
  force: boolean,
): Promise<OutputProblem | null> {
  const resolved = path.resolve(out);
  if (inputs.files.some((file) => path.resolve(file) === resolved)) return "same-as-input";
  const folder = await statOf(path.dirname(resolved));
  for (const given of inputs.folders) {
    const stats = await statOf(given);
    if (folder !== null && stats !== null && stats.isDirectory() && sameFile(stats, folder)) return "in-input-folder";
  }
  const target = await statOf(out);
  if (target === null) return null; // nothing there yet; a folder that cannot be written to shows when writing
  if (!target.isFile()) return "not-a-file";
  for (const file of inputs.files) {
    const stats = await statOf(file);
    if (stats !== null && sameFile(stats, target)) return "same-as-input";
  }
  return force ? null : "exists";
}

/**
 * Writes the file beside its final name, then renames it into place: a failure half-way leaves no
 * half-written workbook, and an existing file is replaced only by a complete one.
 */
export async function writeWhole(out: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, out);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Why a file could not be written, as the user can act on it. */
export type WriteProblem = "no-folder" | "no-permission" | "in-use" | "disk-full" | "refused";

/** The system's reason a write failed, as a WriteProblem; its own words are for no one. */
export function writeProblemOf(error: unknown): WriteProblem {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no-folder";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "no-permission";
    case "EBUSY":
      return "in-use";
    case "ENOSPC":
    case "EDQUOT":
      return "disk-full";
    default:
      return "refused";
  }
}
