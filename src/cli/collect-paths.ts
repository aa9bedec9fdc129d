import { promises as fs, type Dirent } from "fs";
import * as path from "path";

/** Why a file in a folder was not checked; the user is told, with what to do where there is something. */
export type SkipReason = "xls" | "other-excel" | "csv" | "subfolder";

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

export interface CollectedPaths {
  /** Files to check, in the order given; a folder's workbooks sorted by name (code-point order, the same on every machine). */
  files: string[];
  /** Folders that held no workbook, so the user can be told. */
  emptyFolders: string[];
  /** What a folder held besides its workbooks, sorted by name like them. */
  skipped: SkippedFile[];
}

/**
 * Entries nobody means to check and nobody needs to hear about: Office's temporary files ("~$Book.xlsx",
 * the owner file that exists while a workbook is open, "~WRL0001.tmp") and hidden files and folders.
 */
function isHousekeeping(name: string): boolean {
  return name.startsWith("~") || name.startsWith(".");
}

/**
 * What becomes of one entry of a folder: checked; skipped with a reason when it may hold a roster (a
 * spreadsheet in another format, a subfolder); or passed over in silence, as are documents, scans and
 * the other files that share a folder with rosters.
 */
function sort(entry: Dirent): "workbook" | SkipReason | null {
  if (isHousekeeping(entry.name)) return null;
  if (entry.isDirectory()) return "subfolder";
  const extension = path.extname(entry.name).toLowerCase();
  if (extension === ".xlsx") return "workbook";
  if (extension === ".xls") return "xls";
  if ([".xlsm", ".xlsb", ".xltx", ".xltm", ".ods"].includes(extension)) return "other-excel";
  if (extension === ".csv") return "csv";
  return null;
}

async function isFolder(target: string): Promise<boolean> {
  try {
    return (await fs.stat(target)).isDirectory();
  } catch {
    return false;
  }
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Expands the command's PATH arguments. A folder contributes its own .xlsx files; its subfolders are not
 * entered (a folder of many departments' years would be read whole by one mistyped path) but listed as
 * skipped, with its spreadsheets in other formats. Anything else is kept as given, so a missing or
 * mistyped file is reported rather than dropped.
 */
export async function collectPaths(targets: readonly string[]): Promise<CollectedPaths> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const target of targets) {
    if (!(await isFolder(target))) {
      files.push(target);
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await fs.readdir(target, { withFileTypes: true });
    } catch {
      // A folder that cannot be listed is reported like a file that cannot be read.
      files.push(target);
      continue;
    }
    let workbooks = 0;
    for (const entry of [...entries].sort(byName)) {
      const kind = sort(entry);
      const at = path.join(target, entry.name);
      if (kind === "workbook") {
        files.push(at);
        workbooks += 1;
      } else if (kind !== null) skipped.push({ path: at, reason: kind });
    }
    if (workbooks === 0) emptyFolders.push(target);
  }
  return { files, emptyFolders, skipped };
}
