import { promises as fs, type Dirent } from "fs";
import * as path from "path";

export interface CollectedPaths {
  /** Files to check, in the order given; a folder's workbooks sorted by name (code-point order, the same on every machine). */
  files: string[];
  /** Folders that held no workbook, so the user can be told. */
  emptyFolders: string[];
}

/** Excel's "~$Book.xlsx" owner files exist only while a workbook is open; they are not workbooks. */
function isWorkbookName(name: string): boolean {
  return name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$");
}

async function isFolder(target: string): Promise<boolean> {
  try {
    return (await fs.stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Expands the command's PATH arguments. A folder contributes its own .xlsx files (not its subfolders');
 * anything else is kept as given, so a missing or mistyped file is reported rather than dropped.
 */
export async function collectPaths(targets: readonly string[]): Promise<CollectedPaths> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
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
    const names = entries.filter((e) => !e.isDirectory() && isWorkbookName(e.name)).map((e) => e.name);
    names.sort();
    if (names.length === 0) emptyFolders.push(target);
    for (const name of names) files.push(path.join(target, name));
  }
  return { files, emptyFolders };
}
